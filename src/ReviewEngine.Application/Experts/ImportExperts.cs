using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Experts;

namespace ReviewEngine.Application.Experts;

public sealed record ImportExpertsResult(int Added, int Updated, IReadOnlyList<ImportError> Errors)
{
    public bool Imported => Errors.Count == 0;
}

/// <summary>Imports a CSV into the pool: all rows or none. An expert already in the pool (same name and organisation) is updated.</summary>
public sealed class ImportExpertsHandler(IReviewDbContext db, TimeProvider clock)
{
    public async Task<ImportExpertsResult> HandleAsync(byte[] csv, CancellationToken ct = default)
    {
        var parsed = ExpertCsvReader.Read(csv);
        if (!parsed.IsValid)
        {
            return new ImportExpertsResult(0, 0, parsed.Errors);
        }

        var existing = await db.Experts.ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var (added, updated) = (0, 0);
        foreach (var row in parsed.Rows)
        {
            var profile = row.Normalised();
            if (existing.FirstOrDefault(e => e.Name == profile.Name && e.Organisation == profile.Organisation) is { } expert)
            {
                expert.Update(profile, now);
                updated++;
            }
            else
            {
                db.Experts.Add(Expert.Register(profile, now));
                added++;
            }
        }

        await db.SaveChangesAsync(ct);
        return new ImportExpertsResult(added, updated, []);
    }
}
