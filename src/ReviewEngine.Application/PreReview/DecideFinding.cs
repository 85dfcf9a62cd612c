using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.PreReview;

public sealed record DecideFindingCommand(Guid CaseId, Guid FindingId, Actor Actor, bool Confirm, string? Reason, Viewer? Viewer = null);

/// <summary>确认 / 排除 one pre-review finding, audited on the case.</summary>
public sealed class DecideFindingHandler(IReviewDbContext db, IWorkflowCatalog catalog, TimeProvider clock)
{
    public async Task HandleAsync(DecideFindingCommand cmd, CancellationToken ct = default)
    {
        await CaseStore.EnsureVisibleAsync(db, cmd.Viewer, cmd.CaseId, ct);
        var c = await CaseStore.LoadRequiredAsync(db, cmd.CaseId, ct);
        var finding = await db.CaseFindings.FirstOrDefaultAsync(f => f.Id == cmd.FindingId && f.CaseId == cmd.CaseId, ct)
            ?? throw new NotFoundException("该预审提示");
        c.DecideFinding(finding, cmd.Confirm, cmd.Reason, new ActionContext(cmd.Actor, clock.GetUtcNow(), catalog.Calendar));
        await CaseStore.SaveAsync(db, c, [], ct);
    }
}
