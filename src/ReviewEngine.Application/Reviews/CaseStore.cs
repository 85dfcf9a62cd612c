using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Notifications;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Reviews;

/// <summary>Loads a case with its open work items, and saves one action as one transaction (case, tasks, events, documents).</summary>
public static class CaseStore
{
    /// <summary>
    /// One statement, so the case row and its open work items come from the same snapshot. Two separate queries
    /// (cheaper to prepare on SQLite) let a concurrent commit land between them: the loser then saw the old state
    /// with the winner's new tasks and was refused with "action not available" instead of the conflict (found by
    /// the PostgreSQL run of the racing test).
    /// </summary>
    public static Task<ReviewCase?> LoadAsync(IReviewDbContext db, Guid caseId, CancellationToken ct) =>
        db.FindCaseWithOpenTasksAsync(caseId, ct);

    /// <summary>
    /// A group state (专家论证) completes on counts of the members' answers, so its closed tasks of this round must be
    /// loaded too (the case loads only open ones): tracked, they join <see cref="ReviewCase.Tasks"/> by fix-up.
    /// </summary>
    public static Task LoadGroupTasksAsync(IReviewDbContext db, ReviewCase c, CancellationToken ct) =>
        db.WorkItems.Where(t => t.CaseId == c.Id && t.State == c.State && t.Round == c.Round && t.Status != WorkItemStatus.Open).LoadAsync(ct);

    public static async Task<ReviewCase> LoadRequiredAsync(IReviewDbContext db, Guid caseId, CancellationToken ct) =>
        await LoadAsync(db, caseId, ct) ?? throw new NotFoundException("该案件");

    /// <summary>
    /// The case with its open work items when <paramref name="viewer"/> may see it (<see cref="CaseVisibility"/>), in the
    /// same one statement: the visibility rule is part of the query, so an action reads the case once. Otherwise, and
    /// when there is no such case, "not found". Without a viewer (CLI, tests) every case is found.
    /// </summary>
    public static async Task<ReviewCase> LoadVisibleAsync(IReviewDbContext db, Viewer? viewer, Guid caseId, CancellationToken ct)
    {
        if (viewer is null || viewer.SeesWholeDistrict)
        {
            return await LoadRequiredAsync(db, caseId, ct);
        }

        return await db.ReviewCases.VisibleTo(db, viewer).Include(c => c.Tasks.Where(t => t.Status == WorkItemStatus.Open))
            .FirstOrDefaultAsync(c => c.Id == caseId, ct) ?? throw new NotFoundException("该案件");
    }

    public static async Task EnsureVisibleAsync(IReviewDbContext db, Viewer? viewer, Guid caseId, CancellationToken ct)
    {
        if (viewer is not null && !await db.ReviewCases.AsNoTracking().VisibleTo(db, viewer).AnyAsync(c => c.Id == caseId, ct))
        {
            throw new NotFoundException("该案件");
        }
    }

    public static void EnsureVersion(ReviewCase c, long? expected)
    {
        if (expected is { } v && v != c.Version)
        {
            throw new ConcurrencyConflictException(c.Number);
        }
    }

    public static async Task SaveAsync(IReviewDbContext db, ReviewCase c, IEnumerable<DocumentUpload> uploads, CancellationToken ct)
    {
        db.AuditEvents.AddRange(c.DequeueEvents());
        await HandoffNotifications.AddAsync(db, c.DequeueNotices(), ct);
        db.CaseDocuments.AddRange(c.DequeueDocuments());
        foreach (var upload in uploads.DistinctBy(u => u.Input.Sha256))
        {
            var known = db.DocumentContents.Local.Any(d => d.Sha256 == upload.Input.Sha256)
                || await db.DocumentContents.AnyAsync(d => d.Sha256 == upload.Input.Sha256, ct);
            if (!known)
            {
                db.DocumentContents.Add(new DocumentContent(upload.Input.Sha256, upload.Bytes));
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(c.Number);
        }
        catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
        {
            // Two writers appended the same audit sequence number: the slower one loses, as with the version check.
            throw new ConcurrencyConflictException(c.Number);
        }
    }
}
