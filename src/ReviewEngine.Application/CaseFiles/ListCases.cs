using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;

namespace ReviewEngine.Application.CaseFiles;

/// <summary>One line of `review cases list --format json`; the property names are a contract other tools read.</summary>
public sealed record CaseSummary(Guid CaseId, string Title, string Kind, string State, string Township);

/// <summary>Every case, oldest first, with its township's name.</summary>
public sealed class ListCasesHandler(IReviewDbContext db)
{
    public async Task<IReadOnlyList<CaseSummary>> HandleAsync(CancellationToken ct = default)
    {
        var towns = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var cases = await db.ReviewCases.AsNoTracking()
            .OrderBy(c => c.CreatedAtUtc)
            .Select(c => new { c.Id, c.Title, c.Kind, c.State, c.TownshipId })
            .ToListAsync(ct);
        return cases.Select(c => new CaseSummary(c.Id, c.Title, c.Kind, c.State, towns.GetValueOrDefault(c.TownshipId, c.TownshipId))).ToList();
    }
}
