using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Signing;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.Signing;

/// <summary>
/// 签订: compares the text to be signed with the last reviewed text of the round — the latest document of the material
/// the workflow marks <c>reviewedText</c> (合同文本), or, when the drafter revised per the opinion, the revision handed in
/// with the adoption feedback (an action that records adoption and carries a document) and accepted at 复核. Both are
/// normalised (<see cref="NormalisedText"/>) so container, spacing and punctuation width do not count.
/// </summary>
public sealed class SignedTextCheck(IReviewDbContext db, IDocumentTextReader reader)
{
    public async Task<TextComparison> CompareAsync(ReviewCase c, WorkflowDefinition wf, DocumentUpload signed, CancellationToken ct)
    {
        var reviewed = await ReviewedDocumentAsync(c, wf, ct)
            ?? throw new DomainException("找不到本轮审查通过的文本（受审文本材料或修改稿），无法比对签订文本");
        var bytes = await db.DocumentContents.AsNoTracking().Where(d => d.Sha256 == reviewed.Sha256).Select(d => d.Bytes).FirstOrDefaultAsync(ct)
            ?? throw new DomainException($"审查通过的文本「{reviewed.FileName}」的内容不在库中，无法比对");
        var comparison = TextComparison.Of(NormalisedText.Of(reader.Read(reviewed.FileName, bytes)), NormalisedText.Of(reader.Read(signed.Input.FileName, signed.Bytes)));
        return comparison with { ReviewedDocumentSha256 = reviewed.Sha256 };
    }

    public async Task<CaseDocument?> ReviewedDocumentAsync(ReviewCase c, WorkflowDefinition wf, CancellationToken ct)
    {
        var material = wf.Materials.FirstOrDefault(m => m.ReviewedText)?.Id;
        var revisions = wf.States.SelectMany(s => s.Actions)
            .Where(a => a.Records == ActionRecord.Adoption && a.HasGuard(GuardKind.RequiresDocument)).Select(a => a.Id).Distinct().ToList();
        var documents = await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == c.Id && d.Round == c.Round).ToListAsync(ct);
        return documents
            .Where(d => (material is not null && d.MaterialId == material) || revisions.Contains(d.Purpose))
            .OrderBy(d => d.UploadedAtUtc).LastOrDefault();
    }
}
