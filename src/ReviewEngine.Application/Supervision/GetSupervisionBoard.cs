using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Inbox;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Supervision;

/// <summary>区级督办 filters: one township, one matter kind, overdue only.</summary>
public sealed record SupervisionQuery(Viewer Viewer, string? TownshipId = null, string? Kind = null, bool OverdueOnly = false);

/// <summary>One open task of one township case, as the district sees it.</summary>
public sealed record SupervisionRow(
    Guid CaseId, string CaseNumber, string CaseTitle, string Kind, string TownshipId, string TownshipName, string StateLabel,
    string Holder, DateOnly? TaskDueOn, DateOnly? CaseDueOn, int? RemainingWorkingDays, Urgency Urgency, int Escalations, DateTime? LastEscalationUtc);

/// <summary>
/// District supervision (区乡联动): every township's open tasks with holder, due dates, remaining working days,
/// yellow/red, and how often the case was escalated (督办). District users only; anyone else is refused.
/// </summary>
public sealed class GetSupervisionBoardHandler(IReviewDbContext db, IWorkflowCatalog catalog, TimeProvider clock)
{
    public async Task<IReadOnlyList<SupervisionRow>> HandleAsync(SupervisionQuery q, CancellationToken ct = default)
    {
        if (!q.Viewer.SeesWholeDistrict)
        {
            throw new ActionNotAllowedException(["区级督办仅限区级用户查看"]);
        }

        var rows = await db.WorkItems.AsNoTracking()
            .Where(t => t.Status == WorkItemStatus.Open)
            .Join(db.ReviewCases.VisibleTo(db, q.Viewer).Where(c => c.ClosedAtUtc == null), t => t.CaseId, c => c.Id,
                (t, c) => new { Task = t, c.Number, c.Title, c.Kind, c.TownshipId, c.WorkflowId, CaseDue = c.DueOn })
            .Where(x => q.TownshipId == null || x.TownshipId == q.TownshipId)
            .Where(x => q.Kind == null || x.Kind == q.Kind)
            .Take(5000)
            .ToListAsync(ct);
        var names = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var users = await db.UserAccounts.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var caseIds = rows.Select(r => r.Task.CaseId).Distinct().ToList();
        var escalations = (await db.Notifications.AsNoTracking()
                .Where(n => n.Kind == NotificationKind.Supervision && caseIds.Contains(n.CaseId))
                .Select(n => new { n.CaseId, n.CreatedAtUtc })
                .ToListAsync(ct))
            .GroupBy(n => n.CaseId)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Last: g.Max(n => n.CreatedAtUtc)));

        var today = ChinaTime.Today(clock);
        var result = rows.Select(x =>
        {
            int? remaining = x.Task.DueOn is { } due ? catalog.Calendar.RemainingWorkingDays(today, due) : null;
            var urgency = remaining switch { < 0 => Urgency.Red, <= 2 => Urgency.Yellow, _ => Urgency.Normal };
            var holder = x.Task.AssigneeId is { } a
                ? users.GetValueOrDefault(a, a)
                : $"待认领：{Roles.Label(x.Task.Role)}（{names.GetValueOrDefault(x.Task.OrganisationId, x.Task.OrganisationId)}）";
            var esc = escalations.GetValueOrDefault(x.Task.CaseId);
            return new SupervisionRow(x.Task.CaseId, x.Number, x.Title, x.Kind, x.TownshipId, names.GetValueOrDefault(x.TownshipId, x.TownshipId),
                catalog.Find(x.WorkflowId)?.Definition.StateLabel(x.Task.State) ?? x.Task.State, holder, x.Task.DueOn, x.CaseDue, remaining, urgency,
                esc.Count, esc.Count == 0 ? null : DateTime.SpecifyKind(esc.Last, DateTimeKind.Utc));
        });
        if (q.OverdueOnly)
        {
            result = result.Where(r => r.Urgency == Urgency.Red);
        }

        return result.OrderBy(r => r.RemainingWorkingDays ?? int.MaxValue).ThenBy(r => r.CaseNumber, StringComparer.Ordinal).ToList();
    }
}
