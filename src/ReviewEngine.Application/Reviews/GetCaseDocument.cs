using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Experts;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Reviews;

public sealed record CaseDocumentContent(CaseDocument Document, byte[] Bytes);

/// <summary>
/// One stored document of a case, for whoever may see it on the case page: a viewer of the case, and — while a
/// consultation panel is open — an invited expert only for the materials and their own uploads (issue 18 M1: the
/// lawyer's opinion fetched by id would undo the independence the page keeps).
/// </summary>
public sealed class GetCaseDocumentHandler(IReviewDbContext db)
{
    public async Task<CaseDocumentContent?> HandleAsync(Viewer viewer, Guid caseId, Guid documentId, CancellationToken ct)
    {
        var c = await db.ReviewCases.AsNoTracking().VisibleTo(db, viewer).FirstOrDefaultAsync(x => x.Id == caseId, ct);
        var document = c is null ? null : await db.CaseDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.CaseId == caseId, ct);
        if (document is null || (await ExpertIndependence.AppliesAsync(db, viewer, c!, ct) && !ExpertIndependence.Shows(document, viewer)))
        {
            return null;
        }

        var content = await db.DocumentContents.AsNoTracking().FirstOrDefaultAsync(x => x.Sha256 == document.Sha256, ct);
        return content is null ? null : new CaseDocumentContent(document, content.Bytes);
    }
}
