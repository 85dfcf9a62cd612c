using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.Deadlines;

public sealed record DeadlinePlan(int Planned, int Cancelled);

/// <summary>
/// Brings the timer table in line with the open work items: a row per rung of the pinned workflow's ladder for each
/// task's current due date; pending rows whose task closed or whose due date moved (补正 pause, extension) are
/// cancelled. Idempotent, so every processor tick may run it; the unique key settles two planners racing.
/// </summary>
public sealed class PlanDeadlineTimersHandler(IReviewDbContext db, PinnedWorkflows pinned, IWorkflowCatalog catalog, TimeProvider clock,
    ILogger<PlanDeadlineTimersHandler> logger)
{
    public async Task<DeadlinePlan> HandleAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.WorkItems.AsNoTracking()
            .Where(t => t.Status == WorkItemStatus.Open && t.DueOn != null)
            .Select(t => new OpenTask(t.Id, t.CaseId, t.DueOn!.Value, t.CreatedAtUtc))
            .ToListAsync(ct);
        var cancelled = await CancelStaleAsync(open, now, ct);
        var openIds = open.Select(t => t.Id).ToList();
        var existing = (await db.DeadlineTimers.AsNoTracking()
                .Where(x => openIds.Contains(x.WorkItemId))
                .Select(x => new { x.WorkItemId, x.Rung, x.DueOn })
                .ToListAsync(ct))
            .Select(x => (x.WorkItemId, x.Rung, x.DueOn)).ToHashSet();

        // A task whose due date already has timers was planned on an earlier tick (all its rungs are added in one save):
        // skipping it keeps a tick to the new tasks instead of one case query per open task (100,000 cases: 20,000
        // queries a minute, which kept a core busy without end; docs/benchmarks.md).
        var plannedTasks = existing.Select(x => (x.WorkItemId, x.DueOn)).ToHashSet();
        var planned = 0;
        foreach (var group in open.Where(t => !plannedTasks.Contains((t.Id, t.DueOn))).GroupBy(t => t.CaseId))
        {
            try
            {
                var timers = await PlanCaseAsync(group.Key, group, existing, ct);
                db.DeadlineTimers.AddRange(timers);
                planned += timers.Count;
            }
            catch (Exception ex) when (BadRow.IsRowFault(ex))
            {
                // One case whose row or pinned workflow cannot be read must not stop the ladder for every other case.
                logger.LogError(ex, "Deadline timers of case {CaseId} not planned: the case cannot be read", group.Key);
            }
        }

        await SaveAsync(ct);
        return new DeadlinePlan(planned, cancelled);
    }

    /// <summary>The case's new timers, all or none (a case that fails halfway adds nothing).</summary>
    private async Task<List<DeadlineTimer>> PlanCaseAsync(Guid caseId, IEnumerable<OpenTask> tasks,
        HashSet<(Guid WorkItemId, DeadlineRungKind Rung, DateOnly DueOn)> existing, CancellationToken ct)
    {
        var timers = new List<DeadlineTimer>();
        var c = await db.ReviewCases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || c.IsClosed)
        {
            return timers;
        }

        var ladder = (await pinned.ForCaseAsync(c, ct)).DeadlineLadder;
        foreach (var task in tasks)
        {
            // A rung that would have fired before the task existed says nothing useful (a 2-day task is "yellow" at birth).
            var createdOn = ChinaTime.DateOf(new DateTimeOffset(DateTime.SpecifyKind(task.CreatedAtUtc, DateTimeKind.Utc)));
            foreach (var rung in ladder.Rungs.Where(r => !existing.Contains((task.Id, r.Kind, task.DueOn))))
            {
                var fireOn = ladder.FireOn(rung, task.DueOn, catalog.Calendar);
                if (fireOn >= createdOn)
                {
                    timers.Add(new DeadlineTimer(c.Id, task.Id, rung.Kind, task.DueOn, fireOn));
                }
            }
        }

        return timers;
    }

    private async Task<int> CancelStaleAsync(List<OpenTask> open, DateTime now, CancellationToken ct)
    {
        var current = open.ToDictionary(t => t.Id, t => t.DueOn);
        var pending = await db.DeadlineTimers.Where(x => x.FiredAtUtc == null && x.CancelledAtUtc == null).ToListAsync(ct);
        var stale = pending.Where(x => !current.TryGetValue(x.WorkItemId, out var due) || due != x.DueOn).ToList();
        foreach (var timer in stale)
        {
            timer.Cancel(now);
        }

        return stale.Count;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance planned the same rows first (unique key); the next tick sees them and adds nothing.
        }
    }

    private sealed record OpenTask(Guid Id, Guid CaseId, DateOnly DueOn, DateTime CreatedAtUtc);
}
