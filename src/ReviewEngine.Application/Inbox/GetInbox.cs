using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Calendar;

namespace ReviewEngine.Application.Inbox;

/// <param name="Take">The first items in the chosen order; a township reviewer can hold thousands of open tasks.</param>
/// <param name="Skip">Tasks before the page, in the chosen order (the page is Skip + 1 … Skip + Take).</param>
public sealed record InboxQuery(Viewer Viewer, string? Kind = null, InboxFilter Filter = InboxFilter.All, InboxSort Sort = InboxSort.Due, int Take = InboxQuery.DefaultTake, int Skip = 0)
{
    public const int DefaultTake = 200;
    public const int MaxTake = 1000;
    public const int MaxSkip = 100_000;
}

public enum InboxFilter
{
    All,
    Mine,
    Unclaimed,
    Urgent,
    Overdue,
}

public enum InboxSort
{
    Due,
    Newest,
    Number,
}

/// <summary>One line of 我的待办.</summary>
public sealed record InboxItem(
    Guid TaskId, Guid CaseId, string CaseNumber, string CaseTitle, string Kind, string State, string StateLabel,
    string Role, bool AssignedToMe, DateOnly? DueOn, int? RemainingWorkingDays, Urgency Urgency, DateTime CreatedAtUtc);

/// <summary>Yellow at two working days or fewer left, red once the due date has passed (domain.md §7.3).</summary>
public enum Urgency
{
    Normal,
    Yellow,
    Red,
}

/// <summary>我的待办: tasks assigned to me, and unclaimed tasks of my roles in my organisation.</summary>
public sealed class GetInboxHandler(IReviewDbContext db, IWorkflowCatalog catalog, TimeProvider clock)
{
    /// <summary>
    /// One statement over <see cref="InboxLine"/>s (ADR 0009): each line carries its case's number, title, kind and state,
    /// so there is no join and no second query. In the default due-date order the lines come from branches — mine (the
    /// assignee index) and, per role, the unclaimed ones of my organisation (IX_InboxLines_Unclaimed, ordered by due
    /// date) — each read in order up to the page's end, sent as one UNION ALL and merged here, so a reviewer with
    /// thousands of open tasks costs what a page costs (docs/benchmarks.md, 我的待办).
    /// </summary>
    public async Task<IReadOnlyList<InboxItem>> HandleAsync(InboxQuery q, CancellationToken ct = default)
    {
        var v = q.Viewer;
        var today = ChinaTime.Today(clock);
        var skip = Math.Clamp(q.Skip, 0, InboxQuery.MaxSkip);
        var take = Math.Clamp(q.Take, 1, InboxQuery.MaxTake);
        var lines = q.Sort == InboxSort.Due
            ? await ByDueDateAsync(q, today, skip + take, ct)
            : await Ordered(Filtered(Visible(v), q, today), q.Sort).Take(skip + take).ToListAsync(ct);
        return lines.Skip(skip).Take(take).Select(l =>
        {
            int? remaining = l.DueOn is { } due ? catalog.Calendar.RemainingWorkingDays(today, due) : null;
            var urgency = remaining switch { < 0 => Urgency.Red, <= 2 => Urgency.Yellow, _ => Urgency.Normal };
            // The label is the workflow file's, looked up here rather than stored, so a relabelled state needs no rebuild.
            var label = catalog.Find(l.WorkflowId)?.Definition.StateLabel(l.State) ?? l.State;
            return new InboxItem(l.TaskId, l.CaseId, l.CaseNumber, l.Title, l.Kind, l.State, label, l.Role,
                l.AssigneeId == v.UserId, l.DueOn, remaining, urgency, l.CreatedAtUtc);
        }).ToList();
    }

    /// <summary>
    /// Mine, then each role's unclaimed lines in index order — dated ones by (DueOn, CreatedAtUtc, TaskId), then undated
    /// ones by (CreatedAtUtc, TaskId) — in one UNION ALL, then sorted here in the same total order. Undated lines are a
    /// branch of their own because SQLite sorts NULL first and PostgreSQL last, and an ORDER BY on "DueOn IS NULL" could
    /// not be served by the index. Each branch is a prefix of the total order, so pages computed from longer prefixes
    /// agree with shorter ones.
    /// </summary>
    private async Task<List<InboxLine>> ByDueDateAsync(InboxQuery q, DateOnly today, int count, CancellationToken ct)
    {
        var branches = new List<IQueryable<InboxLine>>();
        if (q.Filter != InboxFilter.Unclaimed)
        {
            // My claimed tasks are few: one branch in the full order.
            var mine = Open(q.Viewer).Where(l => l.AssigneeId == q.Viewer.UserId);
            branches.Add(Ordered(Filtered(mine, q, today), InboxSort.Due).Take(count));
        }

        // One branch per role keeps each one an ordered range of the index (an IN list over roles would need a sort).
        foreach (var role in q.Filter == InboxFilter.Mine ? [] : q.Viewer.Roles.Distinct())
        {
            var filtered = Filtered(Open(q.Viewer).Where(l => l.OrganisationId == q.Viewer.OrganisationId && l.Role == role && l.AssigneeId == null), q, today);
            branches.Add(filtered.Where(l => l.DueOn != null).OrderBy(l => l.DueOn).ThenBy(l => l.CreatedAtUtc).ThenBy(l => l.TaskId).Take(count));
            if (q.Filter is not (InboxFilter.Urgent or InboxFilter.Overdue))
            {
                branches.Add(filtered.Where(l => l.DueOn == null).OrderBy(l => l.CreatedAtUtc).ThenBy(l => l.TaskId).Take(count));
            }
        }

        if (branches.Count == 0)
        {
            return [];
        }

        var lines = await branches.Skip(1).Aggregate(branches[0], (all, branch) => all.Concat(branch)).ToListAsync(ct);
        return lines.DistinctBy(l => l.TaskId).Order(InboxLineOrder.ByDue).Take(count).ToList();
    }

    private IQueryable<InboxLine> Open(Viewer v) =>
        // 内部分离: the drafter never reviews their own matter (the excluded user is stored on the task and its line).
        db.InboxLines.AsNoTracking().Where(l => l.ExcludedUserId != v.UserId);

    private IQueryable<InboxLine> Visible(Viewer v)
    {
        var roles = v.Roles.ToArray();
        return Open(v).Where(l => l.AssigneeId == v.UserId || (l.AssigneeId == null && roles.Contains(l.Role) && l.OrganisationId == v.OrganisationId));
    }

    private IQueryable<InboxLine> Filtered(IQueryable<InboxLine> lines, InboxQuery q, DateOnly today)
    {
        if (q.Kind is { } kind)
        {
            lines = lines.Where(l => l.Kind == kind);
        }

        // Urgent = at most two working days left, i.e. due before the third working day from today; overdue = due before today.
        var urgentBefore = catalog.Calendar.AddWorkingDays(today, 3).Date;
        var userId = q.Viewer.UserId;
        return q.Filter switch
        {
            InboxFilter.Mine => lines.Where(l => l.AssigneeId == userId),
            InboxFilter.Unclaimed => lines.Where(l => l.AssigneeId != userId),
            InboxFilter.Urgent => lines.Where(l => l.DueOn != null && l.DueOn < urgentBefore),
            InboxFilter.Overdue => lines.Where(l => l.DueOn != null && l.DueOn < today),
            _ => lines,
        };
    }

    private static IQueryable<InboxLine> Ordered(IQueryable<InboxLine> lines, InboxSort sort) => sort switch
    {
        InboxSort.Newest => lines.OrderByDescending(l => l.CreatedAtUtc).ThenBy(l => l.TaskId),
        InboxSort.Number => lines.OrderBy(l => l.CaseNumber).ThenBy(l => l.CreatedAtUtc).ThenBy(l => l.TaskId),
        _ => lines.OrderBy(l => l.DueOn == null).ThenBy(l => l.DueOn).ThenBy(l => l.CreatedAtUtc).ThenBy(l => l.TaskId),
    };
}
