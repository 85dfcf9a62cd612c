using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;

namespace ReviewEngine.Application.Reviews;

/// <summary>
/// Brings the full-text index of case documents in step with the database. The node that stores a document indexes it
/// at once; this catches up what it did not see (documents stored by other app nodes, by the command line, or while
/// an index write failed) and rebuilds a new, lost or cleared index completely (`review index cases` does that too).
/// </summary>
public sealed class RebuildCaseDocumentIndexHandler(IReviewDbContext db, ICaseDocumentIndex index)
{
    private const int Batch = 100;

    /// <summary>A full rebuild when the index has no watermark; otherwise the documents uploaded since the watermark
    /// less <paramref name="overlap"/> (clocks and commit order of nodes differ a little). Answers how many were indexed.</summary>
    public Task<int> CatchUpAsync(TimeSpan overlap, CancellationToken ct = default) =>
        index.SyncedUpToUtc is { } stored ? IndexSinceAsync(stored - overlap, stored, ct) : RebuildAsync(ct);

    public Task<int> RebuildAsync(CancellationToken ct = default)
    {
        index.Clear();
        return IndexSinceAsync(null, null, ct);
    }

    private async Task<int> IndexSinceAsync(DateTime? since, DateTime? stored, CancellationToken ct)
    {
        var documents = db.CaseDocuments.AsNoTracking();
        if (since is { } from)
        {
            documents = documents.Where(d => d.UploadedAtUtc > from);
        }

        var count = 0;
        DateTime? latest = null;
        while (true)
        {
            var page = await documents
                .Join(db.DocumentContents.AsNoTracking(), d => d.Sha256, b => b.Sha256, (d, b) => new { d.Id, d.UploadedAtUtc, d.CaseId, d.Sha256, d.FileName, b.Bytes })
                .OrderBy(d => d.UploadedAtUtc).ThenBy(d => d.Id).Skip(count).Take(Batch)
                .ToListAsync(ct);
            if (page.Count == 0)
            {
                break;
            }

            index.Add(page.Select(p => new CaseDocumentSource(p.CaseId, p.Sha256, p.FileName, p.Bytes)).ToList());
            count += page.Count;
            latest = page[^1].UploadedAtUtc;
        }

        // Only forward: a pass that found nothing newer leaves the stored watermark as it was.
        if (latest is { } reached && (stored is null || reached > stored))
        {
            index.MarkSyncedUpTo(reached);
        }

        return count;
    }
}
