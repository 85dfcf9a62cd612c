using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Experts;

namespace ReviewEngine.Application.Experts;

/// <summary>A draw outside a case (CLI `review experts draw`): no seed given → a fresh one, reported so it can be replayed.</summary>
public sealed record DrawExpertsQuery(IReadOnlyList<string> Fields, IReadOnlyList<string> ExcludeOrganisations, int? Size, long? Seed);

/// <summary>Loads the pool and recent consultation counts, then runs the domain draw.</summary>
public sealed class DrawExpertsHandler(IReviewDbContext db, TimeProvider clock, DrawRules rules)
{
    public async Task<DrawResult> HandleAsync(DrawExpertsQuery query, CancellationToken ct = default)
    {
        var pool = await db.Experts.AsNoTracking().ToListAsync(ct);
        var request = new DrawRequest(query.Fields, query.Size ?? rules.DefaultSize, query.Seed ?? NewSeed(), ChinaTime.Today(clock),
            Organisations: query.ExcludeOrganisations.Select(o => new ExcludedParty(o, "排除单位")).ToList(),
            RecentConsultations: await RecentConsultationsAsync(ct));
        return ExpertDraw.Draw(pool, request);
    }

    public static long NewSeed() => RandomNumberGenerator.GetInt32(int.MaxValue);

    public async Task<Dictionary<Guid, int>> RecentConsultationsAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-rules.RecentDays);
        var panels = await db.ExpertConsultations.AsNoTracking().Where(c => c.CreatedAtUtc >= since).ToListAsync(ct);
        return panels.SelectMany(c => c.ExpertIds).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
    }
}
