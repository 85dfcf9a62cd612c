using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Opinions;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.Reviews;

/// <param name="Actor">Who acts, in a role the caller has already decided (CLI, seeding, tests). Null for a signed-in
/// <paramref name="Viewer"/>: the case's rules then choose which of the viewer's roles acts (<see cref="ActingRoleRules"/>).</param>
/// <param name="Upload">The file sent with the action, as received; inspected once the case, version and role are settled.</param>
/// <param name="ExpectedVersion">The case version the form was rendered from: a double-submitted form finds a newer version and is refused.
/// Without it, a change between this load and the save is still refused by the row's version (the same lost race).</param>
/// <param name="Viewer">When given, a case the viewer may not see answers "not found" before any rule is consulted.</param>
/// <param name="Expert">Fields for an expert draw, or an expert's verdict and points (see <see cref="Experts.ExpertPanels"/>).</param>
/// <param name="MoreUploads">Further files with the action (补正 answered in one trip); on a 补正 answer each file's materialId names its checklist item.</param>
public sealed record PerformCaseActionCommand(Guid CaseId, Actor? Actor, ActionRequest Request, IncomingFile? Upload = null, long? ExpectedVersion = null,
    Viewer? Viewer = null, Experts.ExpertInput? Expert = null, IReadOnlyList<IncomingFile>? MoreUploads = null);

/// <summary>The case as saved, and the action taken (its label tells the person what was done).</summary>
public sealed record PerformedCaseAction(ReviewCase Case, ActionDefinition Action);

/// <summary>One reviewer/drafter/lead action on a case, the one path for pages, API and CLI: one load (visibility, open tasks
/// and version in one statement), the acting role, the aggregate's checks and transition, and one save.
/// Approving the opinion also issues the 审查意见书 (when a letter issuer is configured) in that transaction; asking for
/// expert consultation draws the panel and opens its consultation record in it too. 签订 compares the uploaded text with
/// the reviewed text first (<see cref="Signing.SignedTextCheck"/>); the aggregate refuses a mismatch.</summary>
public sealed class PerformCaseActionHandler(IReviewDbContext db, IWorkflowCatalog catalog, PinnedWorkflows pinned, TimeProvider clock,
    IUploadInspector inspector, PreReview.PreReviewOnUpload preReview, Experts.ExpertPanels panels, Signing.SignedTextCheck signedText,
    OpinionLetterIssuer? letters = null, Templates.IPrecedentIndex? precedents = null, ICaseDocumentIndex? documentIndex = null)
{
    public async Task<PerformedCaseAction> HandleAsync(PerformCaseActionCommand cmd, CancellationToken ct = default)
    {
        InputLimits.CheckAction(cmd.Request);
        var c = await CaseStore.LoadVisibleAsync(db, cmd.Viewer, cmd.CaseId, ct);
        CaseStore.EnsureVersion(c, cmd.ExpectedVersion);
        var wf = await pinned.ForCaseAsync(c, ct);
        var actor = cmd.Actor ?? await ViewerActorAsync(c, wf, cmd, ct);

        // The file is inspected here, not by the page or endpoint: a caller refused above (not found, stale form, no role)
        // never makes the server open a Word package, and hears about that refusal rather than about the file.
        var files = Inspect(cmd);
        var uploads = files.Select(f => f.Upload).ToList();
        var upload = uploads.FirstOrDefault();
        InputLimits.CheckExpert(cmd.Expert);
        InputLimits.CheckMaterials(uploads, wf);
        var action = wf.State(c.State).FindAction(cmd.Request.ActionId);
        if (wf.State(c.State).Task?.IsGroup == true)
        {
            await CaseStore.LoadGroupTasksAsync(db, c, ct);
        }

        var request = RequestFor(c, cmd.Request, uploads) with { Supplement = await SupplementForAsync(c, wf, action, cmd.Request, files, ct) };
        var now = clock.GetUtcNow();
        var saved = uploads;
        if (letters is not null && await letters.PrepareAsync(c, wf, request, actor, now.UtcDateTime, ct) is { } letter)
        {
            request = request with { Document = letter.Input };
            saved = [letter];
        }

        if (upload is not null && action?.Records == ActionRecord.Signing)
        {
            request = request with { TextCheck = await signedText.CompareAsync(c, wf, upload, ct) };
        }

        var ctx = new ActionContext(actor, now, catalog.Calendar);
        var prepared = await panels.PrepareAsync(c, wf, request, cmd.Expert, ctx, ct);
        try
        {
            await c.PerformAsync(prepared.Request, wf, ctx);
        }
        catch (ActionRejectedException) when (prepared.Request.TextCheck is { Identical: false })
        {
            // 未经合法性审查的文本不得签订: the refusal and the text offered stay on file, then the actor hears why.
            c.RecordRefusedSigning(prepared.Request, ctx);
            await CaseStore.SaveAsync(db, c, uploads, ct);
            throw;
        }

        if (prepared.Opened is not null)
        {
            db.ExpertConsultations.Add(prepared.Opened);
        }

        if (uploads.Count > 0)
        {
            preReview.Run(c, wf, uploads, ctx);
        }

        await CaseStore.SaveAsync(db, c, saved, ct);
        if (saved.Count > 0)
        {
            documentIndex?.Add(saved.Select(u => new CaseDocumentSource(c.Id, u.Input.Sha256, u.Input.FileName, u.Bytes)).ToList());
        }

        IndexPrecedents(c, action!);
        return new PerformedCaseAction(c, action!);
    }

    /// <summary>The viewer in the role the action is theirs to take in; when none is, why not (no right, or a lost race).</summary>
    private async Task<Actor> ViewerActorAsync(ReviewCase c, WorkflowDefinition wf, PerformCaseActionCommand cmd, CancellationToken ct)
    {
        var viewer = cmd.Viewer ?? throw new ArgumentException("An action needs an actor or a viewer.", nameof(cmd));
        return ActingRoleRules.ForAction(wf.State(c.State), cmd.Request.ActionId, viewer.Roles) is { } role
            ? viewer.ActAs(role)
            : throw await UnavailableAction.ExplainAsync(db, c, wf, cmd.Request.ActionId, viewer, ct);
    }

    /// <summary>The request as the aggregate takes it: the inspected file as its document, and adoption answers only
    /// while there is an opinion to answer (a form rendered before a new round may still carry them).</summary>
    private static ActionRequest RequestFor(ReviewCase c, ActionRequest request, List<DocumentUpload> uploads)
    {
        var answered = c.Opinion is null && request.Adoptions is not null ? request with { Adoptions = null } : request;
        return uploads.Count == 0 ? answered
            : answered with { Document = uploads[0].Input, MoreDocuments = uploads.Count > 1 ? uploads.Skip(1).Select(u => u.Input).ToList() : null };
    }

    /// <summary>Every file sent, inspected, with the checklist item it answers (its materialId as sent; the free-text
    /// item <c>other</c> is no material, so its file is stored without one).</summary>
    private List<(string? ItemId, DocumentUpload Upload)> Inspect(PerformCaseActionCommand cmd)
    {
        var incoming = (cmd.Upload is null ? [] : new[] { cmd.Upload }).Concat(cmd.MoreUploads ?? []).ToList();
        if (incoming.Count > InputLimits.Documents)
        {
            throw new Common.InvalidInputException($"documents: 一次最多上传 {InputLimits.Documents} 个文件");
        }

        return incoming.Select(f => (f.MaterialId,
            inspector.Inspect(f.MaterialId == SupplementItem.OtherId ? f with { MaterialId = null } : f))).ToList();
    }

    /// <summary>补正: the registrar's checklist as asked, or the drafter's answer checked against the open checklist.</summary>
    private async Task<SupplementInput?> SupplementForAsync(ReviewCase c, WorkflowDefinition wf, ActionDefinition? action, ActionRequest request,
        List<(string? ItemId, DocumentUpload Upload)> files, CancellationToken ct)
    {
        if (action?.Tags.Contains(ActionTag.SupplementRequested) == true)
        {
            return SupplementChecklists.ForRequest(request.Supplement, wf);
        }

        return action?.Tags.Contains(ActionTag.SupplementSubmitted) == true
            ? await SupplementChecklists.ForAnswerAsync(db, c, wf, request.Supplement?.Reason, files, ct)
            : null;
    }

    /// <summary>After the approval is committed, its issues join the precedent library (searchable at once).</summary>
    private void IndexPrecedents(ReviewCase c, ActionDefinition action)
    {
        if (precedents is null || action.Records != ActionRecord.OpinionApproval || c.Opinion is not { Approved: true })
        {
            return;
        }

        precedents.IndexOpinionIssues(Templates.OpinionPrecedents.Of(c).ToList());
    }
}
