using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Inbox;

public sealed record InboxQuery(Viewer Viewer, string? Kind = null, InboxFilter Filter = InboxFilter.All, InboxSort Sort = InboxSort.Due);

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
    public async Task<IReadOnlyList<InboxItem>> HandleAsync(InboxQuery q, CancellationToken ct = default)
    {
        var v = q.Viewer;
        var roles = v.Roles.ToArray();
        var rows = await db.WorkItems.AsNoTracking()
            .Where(t => t.Status == WorkItemStatus.Open
                && (t.AssigneeId == v.UserId || (t.AssigneeId == null && roles.Contains(t.Role) && t.OrganisationId == v.OrganisationId)))
            .Join(db.ReviewCases, t => t.CaseId, c => c.Id, (t, c) => new { Task = t, c.Number, c.Title, c.Kind, c.State, c.DrafterId, c.WorkflowId })
            .Where(x => !(x.Task.ExcludeDrafter && x.DrafterId == v.UserId))
            .Where(x => q.Kind == null || x.Kind == q.Kind)
            .Take(2000)
            .ToListAsync(ct);

        var today = ChinaTime.Today(clock);
        var items = rows.Select(x =>
        {
            int? remaining = x.Task.DueOn is { } due ? catalog.Calendar.RemainingWorkingDays(today, due) : null;
            var urgency = remaining switch { < 0 => Urgency.Red, <= 2 => Urgency.Yellow, _ => Urgency.Normal };
            var label = catalog.Find(x.WorkflowId)?.Definition.StateLabel(x.State) ?? x.State;
            return new InboxItem(x.Task.Id, x.Task.CaseId, x.Number, x.Title, x.Kind, x.State, label, x.Task.Role,
                x.Task.AssigneeId == v.UserId, x.Task.DueOn, remaining, urgency, x.Task.CreatedAtUtc);
        });
        items = q.Filter switch
        {
            InboxFilter.Mine => items.Where(i => i.AssignedToMe),
            InboxFilter.Unclaimed => items.Where(i => !i.AssignedToMe),
            InboxFilter.Urgent => items.Where(i => i.Urgency != Urgency.Normal),
            InboxFilter.Overdue => items.Where(i => i.Urgency == Urgency.Red),
            _ => items,
        };
        return (q.Sort switch
        {
            InboxSort.Newest => items.OrderByDescending(i => i.CreatedAtUtc),
            InboxSort.Number => items.OrderBy(i => i.CaseNumber, StringComparer.Ordinal),
            _ => items.OrderBy(i => i.DueOn ?? DateOnly.MaxValue).ThenBy(i => i.CaseNumber, StringComparer.Ordinal),
        }).ToList();
    }
}
