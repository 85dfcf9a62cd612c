using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Contracts;
using ReviewEngine.Application.Reviews;

namespace ReviewEngine.Application.Opinions;

/// <summary>
/// The 审查意见书 of a case as a .docx: the letter issued at approval (stored bytes, so its SHA-256 matches the audit
/// trail), or, before approval, a draft rendered from the current opinion.
/// </summary>
public sealed class RenderOpinionLetterHandler(IReviewDbContext db, OpinionLetterComposer composer, IOpinionLetterRenderer renderer, TimeProvider clock)
{
    public async Task<GeneratedDocument> HandleAsync(Guid caseId, CancellationToken ct = default)
    {
        var stored = await db.CaseDocuments.AsNoTracking()
            .Where(d => d.CaseId == caseId && d.Purpose == OpinionLetterOptions.DocumentPurpose)
            .OrderByDescending(d => d.UploadedAtUtc).FirstOrDefaultAsync(ct);
        if (stored is not null)
        {
            var content = await db.DocumentContents.AsNoTracking().FirstAsync(d => d.Sha256 == stored.Sha256, ct);
            return new GeneratedDocument(stored.FileName, content.Bytes);
        }

        var c = await CaseStore.LoadRequiredAsync(db, caseId, ct);
        var letter = await composer.ComposeAsync(c, "（待审批）", clock.GetUtcNow().UtcDateTime, ct);
        return renderer.Render(letter);
    }
}
