using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Templates;

/// <summary>
/// Brings this node's precedent index up to date with the database: approved opinions of cases changed since
/// <paramref name="SinceUtc"/> (all of them when null). With several app nodes each keeps its own Lucene folder; the
/// node that approves an opinion indexes it at once, the others pick it up here (ADR 0007).
/// </summary>
public sealed record SyncPrecedentsCommand(DateTime? SinceUtc);

public sealed record SyncPrecedentsResult(int Opinions, int Issues, DateTime? WatermarkUtc);

public sealed class SyncPrecedentsHandler(IReviewDbContext db, IPrecedentIndex index)
{
    private const int Batch = 500;

    /// <summary>
    /// One pass of a node's background sync: from the watermark stored in its index less <paramref name="overlap"/>
    /// (nodes' clocks and commit order differ a little), everything when the index has none, and the stored watermark
    /// moved forward when the pass saw newer changes. Only forward: a pass that finds nothing answers with its own
    /// starting point (stored − overlap), and storing that would widen the window by the overlap on every tick.
    /// </summary>
    public async Task<SyncPrecedentsResult> CatchUpAsync(TimeSpan overlap, CancellationToken ct = default)
    {
        var stored = index.PrecedentsSyncedUpToUtc;
        var result = await HandleAsync(new SyncPrecedentsCommand(stored - overlap), ct);
        if (result.WatermarkUtc is { } reached && (stored is null || reached > stored))
        {
            index.MarkPrecedentsSyncedUpTo(reached);
        }

        return result;
    }

    public async Task<SyncPrecedentsResult> HandleAsync(SyncPrecedentsCommand cmd, CancellationToken ct = default)
    {
        var opinions = 0;
        var issues = 0;
        var watermark = cmd.SinceUtc;
        var query = db.ReviewCases.AsNoTracking().Where(c => c.Opinion != null);
        if (cmd.SinceUtc is { } since)
        {
            query = query.Where(c => c.UpdatedAtUtc > since);
        }

        // Keyset paging on the unique case number, so a large district streams in batches instead of one huge read.
        string? after = null;
        while (true)
        {
            var page = after is null ? query : query.Where(c => string.Compare(c.Number, after) > 0);
            var cases = await page.OrderBy(c => c.Number).Take(Batch).ToListAsync(ct);
            if (cases.Count == 0)
            {
                break;
            }

            var batch = cases.SelectMany(OpinionPrecedents.Of).ToList();
            if (batch.Count > 0)
            {
                index.IndexOpinionIssues(batch);
            }

            opinions += batch.Select(p => p.OpinionId).Distinct().Count();
            issues += batch.Count;
            after = cases[^1].Number;
            var latest = cases.Max(c => c.UpdatedAtUtc);
            watermark = watermark is { } w && w > latest ? w : latest;
        }

        return new SyncPrecedentsResult(opinions, issues, watermark);
    }
}
