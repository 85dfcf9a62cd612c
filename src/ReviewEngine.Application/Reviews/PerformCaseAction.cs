using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Opinions;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Reviews;

/// <param name="ExpectedVersion">The case version the form was rendered from: a double-submitted form finds a newer version and is refused.</param>
/// <param name="Viewer">When given, a case the viewer may not see answers "not found" before any rule is consulted.</param>
/// <param name="Expert">Fields for an expert draw, or an expert's verdict and points (see <see cref="Experts.ExpertPanels"/>).</param>
public sealed record PerformCaseActionCommand(Guid CaseId, Actor Actor, ActionRequest Request, DocumentUpload? Upload = null, long? ExpectedVersion = null, Viewer? Viewer = null,
    Experts.ExpertInput? Expert = null);

/// <summary>One reviewer/drafter/lead action on a case: load, call the aggregate, save in one transaction.
/// Approving the opinion also issues the 审查意见书 (when a letter issuer is configured) in that transaction; asking for
/// expert consultation draws the panel and opens its consultation record in it too. 签订 compares the uploaded text with
/// the reviewed text first (<see cref="Signing.SignedTextCheck"/>); the aggregate refuses a mismatch.</summary>
public sealed class PerformCaseActionHandler(IReviewDbContext db, IWorkflowCatalog catalog, PinnedWorkflows pinned, TimeProvider clock,
    PreReview.PreReviewOnUpload preReview, Experts.ExpertPanels panels, Signing.SignedTextCheck signedText, OpinionLetterIssuer? letters = null,
    Templates.IPrecedentIndex? precedents = null, ICaseDocumentIndex? documentIndex = null)
{
    public async Task<ReviewCase> HandleAsync(PerformCaseActionCommand cmd, CancellationToken ct = default)
    {
        InputLimits.CheckAction(cmd.Request);
        InputLimits.CheckExpert(cmd.Expert);
        await CaseStore.EnsureVisibleAsync(db, cmd.Viewer, cmd.CaseId, ct);
        var c = await CaseStore.LoadRequiredAsync(db, cmd.CaseId, ct);
        CaseStore.EnsureVersion(c, cmd.ExpectedVersion);
        var wf = await pinned.ForCaseAsync(c, ct);
        InputLimits.CheckMaterials(cmd.Upload is null ? [] : [cmd.Upload], wf);
        if (wf.State(c.State).Task?.IsGroup == true)
        {
            await CaseStore.LoadGroupTasksAsync(db, c, ct);
        }
        var request = cmd.Upload is null ? cmd.Request : cmd.Request with { Document = cmd.Upload.Input };
        var now = clock.GetUtcNow();
        var upload = cmd.Upload;
        if (letters is not null && await letters.PrepareAsync(c, wf, request, cmd.Actor, now.UtcDateTime, ct) is { } letter)
        {
            request = request with { Document = letter.Input };
            upload = letter;
        }

        if (cmd.Upload is not null && wf.State(c.State).FindAction(request.ActionId)?.Records == Domain.Workflows.ActionRecord.Signing)
        {
            request = request with { TextCheck = await signedText.CompareAsync(c, wf, cmd.Upload, ct) };
        }

        var ctx = new ActionContext(cmd.Actor, now, catalog.Calendar);
        var prepared = await panels.PrepareAsync(c, wf, request, cmd.Expert, ctx, ct);
        try
        {
            await c.PerformAsync(prepared.Request, wf, ctx);
        }
        catch (ActionRejectedException) when (prepared.Request.TextCheck is { Identical: false })
        {
            // 未经合法性审查的文本不得签订: the refusal and the text offered stay on file, then the actor hears why.
            c.RecordRefusedSigning(prepared.Request, ctx);
            await CaseStore.SaveAsync(db, c, cmd.Upload is null ? [] : [cmd.Upload], ct);
            throw;
        }

        if (prepared.Opened is not null)
        {
            db.ExpertConsultations.Add(prepared.Opened);
        }

        if (cmd.Upload is not null)
        {
            preReview.Run(c, wf, [cmd.Upload], ctx);
        }

        await CaseStore.SaveAsync(db, c, upload is null ? [] : [upload], ct);
        if (upload is not null)
        {
            documentIndex?.Add([new CaseDocumentSource(c.Id, upload.Input.Sha256, upload.Input.FileName, upload.Bytes)]);
        }

        IndexPrecedents(c, wf, request);
        return c;
    }

    /// <summary>After the approval is committed, its issues join the precedent library (searchable at once).</summary>
    private void IndexPrecedents(ReviewCase c, Domain.Workflows.WorkflowDefinition wf, ActionRequest request)
    {
        var action = wf.States.SelectMany(s => s.Actions).FirstOrDefault(a => a.Id == request.ActionId);
        if (precedents is null || action?.Records != Domain.Workflows.ActionRecord.OpinionApproval || c.Opinion is not { Approved: true })
        {
            return;
        }

        precedents.IndexOpinionIssues(Templates.OpinionPrecedents.Of(c).ToList());
    }
}
