using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Experts;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Experts;

/// <param name="Seed">For a replayed replacement draw; otherwise a fresh one, recorded.</param>
public sealed record DeclineConsultationCommand(Guid CaseId, Actor Actor, string Reason, long? ExpectedVersion = null, Viewer? Viewer = null, long? Seed = null);

/// <summary>
/// An invited expert declines with a reason. A drawn panel is refilled by a new draw under the same rules (the
/// others kept, the decliner excluded); the replacement inherits the answer-by date. When the pool has nobody left
/// the decline still stands, and the audit event says why no one replaced them. A targeted invitation is not refilled.
/// </summary>
public sealed class DeclineConsultationHandler(IReviewDbContext db, IWorkflowCatalog catalog, PinnedWorkflows pinned, TimeProvider clock,
    ExpertPanels panels, CaseDraws draws)
{
    public async Task<ReviewCase> HandleAsync(DeclineConsultationCommand cmd, CancellationToken ct = default)
    {
        InputLimits.CheckReason(cmd.Reason);
        await CaseStore.EnsureVisibleAsync(db, cmd.Viewer, cmd.CaseId, ct);
        var c = await CaseStore.LoadRequiredAsync(db, cmd.CaseId, ct);
        CaseStore.EnsureVersion(c, cmd.ExpectedVersion);
        var wf = await pinned.ForCaseAsync(c, ct);
        await CaseStore.LoadGroupTasksAsync(db, c, ct);
        var ctx = new ActionContext(cmd.Actor, clock.GetUtcNow(), catalog.Calendar);
        var consultation = await panels.CurrentAsync(c, ct)
            ?? throw new ActionNotAllowedException(["本案当前没有进行中的专家论证"]);
        var declined = consultation.Decline(cmd.Actor.UserId, cmd.Reason, ctx.NowUtc);

        string? replacementUserId = null;
        object? drawData = null;
        if (consultation.Seed is not null)
        {
            (replacementUserId, drawData) = await ReplaceAsync(c, consultation, declined, cmd.Seed, ctx, ct);
        }

        await c.DeclineGroupTaskAsync(wf, cmd.Reason, replacementUserId, drawData, ctx);
        await CaseStore.SaveAsync(db, c, [], ct);
        return c;
    }

    private async Task<(string? UserId, object Data)> ReplaceAsync(ReviewCase c, ExpertConsultation consultation, PanelMember declined, long? seed,
        ActionContext ctx, CancellationToken ct)
    {
        var keepIds = consultation.Members.Where(m => m.Status != PanelMemberStatus.Declined && m.ExpertId is not null).Select(m => m.ExpertId!.Value).ToList();
        var keep = await db.Experts.AsNoTracking().Where(e => keepIds.Contains(e.Id)).ToListAsync(ct);
        var excluded = declined.ExpertId is { } id ? new Dictionary<Guid, string> { [id] = $"已拒绝本案论证（{declined.DeclineReason}）" } : null;
        var drawSeed = seed ?? DrawExpertsHandler.NewSeed();
        try
        {
            var draw = await draws.DrawAsync(c, ctx.Actor, consultation.Fields, drawSeed, ctx.Today, consultation.PanelSize, keep, excluded, ct);
            var replacement = draw.Result.Drawn[0];
            consultation.Add(PanelMember.From(replacement));
            return (replacement.UserId, CaseDraws.AuditData(draw));
        }
        catch (ExpertDrawException ex)
        {
            // The expert may always decline; the reviewer decides whether the smaller panel suffices (结束专家论证).
            return (null, new { seed = drawSeed, error = ex.Message });
        }
    }
}
