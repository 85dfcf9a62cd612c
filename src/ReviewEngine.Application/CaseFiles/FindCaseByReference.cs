using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;

namespace ReviewEngine.Application.CaseFiles;

/// <summary>
/// A case as people name it: its ID (GUID) or its human case number (luobu-2026-0001, as printed on the case page and
/// the opinion letter). Null when neither names a case.
/// </summary>
public sealed class FindCaseByReferenceHandler(IReviewDbContext db)
{
    public async Task<Guid?> HandleAsync(string reference, CancellationToken ct = default)
    {
        var text = reference.Trim();
        if (Guid.TryParse(text, out var id))
        {
            return await db.ReviewCases.AsNoTracking().AnyAsync(c => c.Id == id, ct) ? id : null;
        }

        // Numbers start with the township id in lower case; a number typed as LUOBU-2026-0001 still finds its case.
        var lower = text.ToLowerInvariant();
        var found = await db.ReviewCases.AsNoTracking().Where(c => c.Number == text || c.Number == lower).Select(c => c.Id).FirstOrDefaultAsync(ct);
        return found == Guid.Empty ? null : found;
    }
}
