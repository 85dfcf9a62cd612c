using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Application.Webhooks;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.Deadlines;

/// <summary>
/// Claim, then send, each in its own unit of work. The claim is one conditional UPDATE (provider-neutral
/// ExecuteUpdate): of two instances exactly one changes the row. The send writes the notification, the audit
/// event (催办/督办) and FiredAt in one transaction; a crash in between leaves the claim, which only another
/// instance may take over after the lease, and the unique TimerId on notifications stops a second send committing.
/// </summary>
public sealed class FireDeadlineTimerHandler(IReviewDbContext db, PinnedWorkflows pinned, IWorkflowCatalog catalog, TimeProvider clock)
{
    public async Task<IReadOnlyList<Guid>> DueAsync(TimeSpan lease, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var abandoned = now - lease;
        return await db.DeadlineTimers.AsNoTracking()
            .Where(t => t.FiredAtUtc == null && t.CancelledAtUtc == null && t.FireAtUtc <= now)
            .Where(t => t.ClaimedAtUtc == null || t.ClaimedAtUtc < abandoned)
            .OrderBy(t => t.FireAtUtc)
            .Select(t => t.Id)
            .ToListAsync(ct);
    }

    public async Task<bool> ClaimAsync(Guid timerId, string owner, TimeSpan lease, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var abandoned = now - lease;
        var changed = await db.DeadlineTimers
            .Where(t => t.Id == timerId && t.FiredAtUtc == null && t.CancelledAtUtc == null)
            .Where(t => t.ClaimedAtUtc == null || t.ClaimedAtUtc < abandoned)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedAtUtc, now).SetProperty(t => t.ClaimedBy, owner), ct);
        return changed == 1;
    }

    /// <summary>Gives a claim back after a failed send (e.g. a user saved the case at the same moment) so the next tick retries.</summary>
    public Task ReleaseAsync(Guid timerId, string owner, CancellationToken ct = default) =>
        db.DeadlineTimers.Where(t => t.Id == timerId && t.ClaimedBy == owner && t.FiredAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedAtUtc, (DateTime?)null).SetProperty(t => t.ClaimedBy, (string?)null), ct);

    public async Task<FireOutcome> SendAsync(Guid timerId, string owner, CancellationToken ct = default)
    {
        var timer = await db.DeadlineTimers.FirstOrDefaultAsync(t => t.Id == timerId, ct);
        if (timer is null || !timer.IsPending || timer.ClaimedBy != owner)
        {
            return FireOutcome.NotClaimed;
        }

        var now = clock.GetUtcNow();
        var c = await CaseStore.LoadAsync(db, timer.CaseId, ct);
        var task = c?.OpenTasks.FirstOrDefault(t => t.Id == timer.WorkItemId);
        if (c is null || task is null || task.DueOn != timer.DueOn)
        {
            // The task closed or its due date moved since planning: a stale rung is cancelled, never sent.
            timer.Cancel(now.UtcDateTime);
            await db.SaveChangesAsync(ct);
            return FireOutcome.Cancelled;
        }

        var wf = await pinned.ForCaseAsync(c, ct);
        var text = DeadlineNotice.Text(timer.Rung, c, wf.StateLabel(task.State), timer.DueOn);
        var kind = DeadlineNotice.KindOf(timer.Rung);
        var recipient = DeadlineNotice.RecipientFor(timer.Rung, c, task);
        if (await AlreadySentAsync(c.Id, kind, text, recipient, ct))
        {
            // The step was re-entered with the same due date (审查 → 律师意见 → 审查): its new task's rungs would repeat
            // notices the recipient already has, word for word, and the bell would count one reminder twice.
            timer.MarkFired(now.UtcDateTime);
            await db.SaveChangesAsync(ct);
            return FireOutcome.Duplicate;
        }

        var notification = new Notification(timer.Id, recipient, c.Id, c.Number, kind, text, now.UtcDateTime);
        db.Notifications.Add(notification);
        await WebhookOutbox.EnqueueAsync(db, notification, ct);
        if (timer.Rung is DeadlineRungKind.Remind or DeadlineRungKind.Escalate)
        {
            // 催办 and 督办 are acts on the file (留痕): through the aggregate, so the hash chain stays whole.
            c.RecordDeadlineNotice(DeadlineNotice.Label(kind), task.Id, text, timer.DueOn, new ActionContext(Actor.SystemActor, now, catalog.Calendar));
        }

        timer.MarkFired(now.UtcDateTime);
        await CaseStore.SaveAsync(db, c, [], ct);
        return FireOutcome.Fired;
    }

    private Task<bool> AlreadySentAsync(Guid caseId, NotificationKind kind, string text, NotificationRecipient to, CancellationToken ct) =>
        db.Notifications.AsNoTracking().AnyAsync(n => n.CaseId == caseId && n.Kind == kind && n.Text == text
            && n.RecipientUserId == to.UserId && n.RecipientRole == to.Role && n.RecipientOrganisationId == to.OrganisationId, ct);
}
