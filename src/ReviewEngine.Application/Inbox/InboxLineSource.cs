using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Inbox;

/// <summary>The inbox lines as the source tables define them: every open work item with its case's columns (what the inbox joined before ADR 0009).</summary>
public static class InboxLineSource
{
    public static async Task<List<InboxLine>> ReadAsync(IReviewDbContext db, CancellationToken ct = default)
    {
        var rows = await db.WorkItems.AsNoTracking().Where(t => t.Status == WorkItemStatus.Open)
            .Join(db.ReviewCases.AsNoTracking(), t => t.CaseId, c => c.Id, (t, c) => new { Task = t, c.Number, c.Title, c.Kind, c.WorkflowId, c.State })
            .ToListAsync(ct);
        return rows.Select(r => InboxLine.Of(r.Task.Id).WithTask(r.Task).WithCase(r.Number, r.Title, r.Kind, r.WorkflowId, r.State)).ToList();
    }
}
