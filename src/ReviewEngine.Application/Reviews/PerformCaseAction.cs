using ReviewEngine.Application.Common;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Reviews;

public sealed record PerformCaseActionCommand(Guid CaseId, Actor Actor, ActionRequest Request, DocumentUpload? Upload = null);

/// <summary>One reviewer/drafter/lead action on a case: load, call the aggregate, save in one transaction.</summary>
public sealed class PerformCaseActionHandler(IReviewDbContext db, IWorkflowCatalog catalog, PinnedWorkflows pinned, TimeProvider clock)
{
    public async Task<ReviewCase> HandleAsync(PerformCaseActionCommand cmd, CancellationToken ct = default)
    {
        var c = await CaseStore.LoadRequiredAsync(db, cmd.CaseId, ct);
        var wf = await pinned.ForCaseAsync(c, ct);
        var request = cmd.Upload is null ? cmd.Request : cmd.Request with { Document = cmd.Upload.Input };
        await c.PerformAsync(request, wf, new ActionContext(cmd.Actor, clock.GetUtcNow(), catalog.Calendar));
        await CaseStore.SaveAsync(db, c, cmd.Upload is null ? [] : [cmd.Upload], ct);
        return c;
    }
}
