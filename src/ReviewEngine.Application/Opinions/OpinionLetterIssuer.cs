using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.Opinions;

/// <summary>
/// When an action approves the opinion (records: opinionApproval), renders the 审查意见书 so the action carries it
/// as its document: the aggregate files it as a case document and the approval's audit event records its SHA-256,
/// and the bytes are saved in the same transaction as the action. When the approver previewed the letter, the request
/// carries the preview's SHA-256 and only a byte-identical letter is issued (rendering is deterministic).
/// </summary>
public sealed class OpinionLetterIssuer(OpinionLetterComposer composer, IOpinionLetterRenderer renderer)
{
    public const string ChangedSincePreview =
        "审查意见书在您预览之后已发生变化（案件内容、文号或日期有更新），本次审批未执行。请重新预览审查意见书，核对无误后再审批。";

    public async Task<DocumentUpload?> PrepareAsync(ReviewCase c, WorkflowDefinition wf, ActionRequest request, Actor actor, DateTime nowUtc, CancellationToken ct)
    {
        var action = wf.State(c.State).FindAction(request.ActionId);
        if (action?.Records != ActionRecord.OpinionApproval || c.Opinion is null || request.Document is not null)
        {
            return null;
        }

        var letter = await composer.ComposeAsync(c, actor.DisplayName, nowUtc, ct);
        var doc = renderer.Render(letter);
        if (request.PreviewSha256 is { Length: > 0 } previewed && !string.Equals(previewed.Trim(), doc.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException(ChangedSincePreview);
        }

        var upload = DocumentUpload.From(doc.FileName, Contracts.GeneratedDocument.DocxContentType, doc.Bytes);
        return upload with { Input = upload.Input with { Purpose = OpinionLetterOptions.DocumentPurpose } };
    }
}
