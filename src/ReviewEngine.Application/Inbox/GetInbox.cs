using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Inbox;

/// <param name="Take">The first items in the chosen order; a township reviewer can hold thousands of open tasks.</param>
public sealed record InboxQuery(Viewer Viewer, string? Kind = null, InboxFilter Filter = InboxFilter.All, InboxSort Sort = InboxSort.Due, int Take = InboxQuery.DefaultTake)
{
    public const int DefaultTake = 200;
    public const int MaxTake = 1000;
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
    /// Filter, order and limit run in the database; only the page's rows are turned into items. (At 100,000 cases the
    /// old shape — 2,000 arbitrary rows fetched, then filtered and sorted in memory — took seconds per request and could
    /// leave the most urgent tasks out; see docs/benchmarks.md, 我的待办.)
    /// </summary>
    public async Task<IReadOnlyList<InboxItem>> HandleAsync(InboxQuery q, CancellationToken ct = default)
    {
        var v = q.Viewer;
        var roles = v.Roles.ToArray();
        var today = ChinaTime.Today(clock);
        var rows = db.WorkItems.AsNoTracking()
            .Where(t => t.Status == WorkItemStatus.Open
                && (t.AssigneeId == v.UserId || (t.AssigneeId == null && roles.Contains(t.Role) && t.OrganisationId == v.OrganisationId)))
            .Join(db.ReviewCases, t => t.CaseId, c => c.Id, (t, c) => new { Task = t, c.Number, c.Title, c.Kind, c.State, c.DrafterId, c.WorkflowId })
            .Where(x => !(x.Task.ExcludeDrafter && x.DrafterId == v.UserId))
            .Where(x => q.Kind == null || x.Kind == q.Kind);
        // Urgent = at most two working days left, i.e. due before the third working day from today; overdue = due before today.
        var urgentBefore = catalog.Calendar.AddWorkingDays(today, 3).Date;
        rows = q.Filter switch
        {
            InboxFilter.Mine => rows.Where(x => x.Task.AssigneeId == v.UserId),
            InboxFilter.Unclaimed => rows.Where(x => x.Task.AssigneeId != v.UserId),
            InboxFilter.Urgent => rows.Where(x => x.Task.DueOn != null && x.Task.DueOn < urgentBefore),
            InboxFilter.Overdue => rows.Where(x => x.Task.DueOn != null && x.Task.DueOn < today),
            _ => rows,
        };
        rows = q.Sort switch
        {
            InboxSort.Newest => rows.OrderByDescending(x => x.Task.CreatedAtUtc),
            InboxSort.Number => rows.OrderBy(x => x.Number),
            _ => rows.OrderBy(x => x.Task.DueOn == null).ThenBy(x => x.Task.DueOn).ThenBy(x => x.Number),
        };

        var page = await rows.Take(Math.Clamp(q.Take, 1, InboxQuery.MaxTake)).ToListAsync(ct);
        return page.Select(x =>
        {
            int? remaining = x.Task.DueOn is { } due ? catalog.Calendar.RemainingWorkingDays(today, due) : null;
            var urgency = remaining switch { < 0 => Urgency.Red, <= 2 => Urgency.Yellow, _ => Urgency.Normal };
            var label = catalog.Find(x.WorkflowId)?.Definition.StateLabel(x.State) ?? x.State;
            return new InboxItem(x.Task.Id, x.Task.CaseId, x.Number, x.Title, x.Kind, x.State, label, x.Task.Role,
                x.Task.AssigneeId == v.UserId, x.Task.DueOn, remaining, urgency, x.Task.CreatedAtUtc);
        }).ToList();
    }
}
