using System.Data;
using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Inbox;

namespace ReviewEngine.Infrastructure.Persistence.ReadModels;

/// <summary>What a rebuild found: the lines the source defines, and how many stored ones it had to add, remove or correct.</summary>
public sealed record ReadModelRebuild(int Lines, int Added, int Removed, int Corrected)
{
    public bool WasInStep => Added == 0 && Removed == 0 && Corrected == 0;
}

/// <summary>
/// `review db rebuild-views`: the read models made again from the source tables (ADR 0009), in one transaction that
/// holds the write lock from its first read (SQLite BEGIN IMMEDIATE; serializable on PostgreSQL), so no action commits
/// between reading the source and writing the lines. Idempotent: a second run finds every line in step.
/// </summary>
public sealed class ReadModelRebuilder(ReviewDbContext db)
{
    public async Task<ReadModelRebuild> RebuildAsync(CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        var expected = (await InboxLineSource.ReadAsync(db, ct)).ToDictionary(l => l.TaskId);
        var stored = await db.InboxLines.ToListAsync(ct);
        var (removed, corrected) = (0, 0);
        foreach (var line in stored)
        {
            if (!expected.Remove(line.TaskId, out var wanted))
            {
                db.InboxLines.Remove(line);
                removed++;
            }
            else if (!line.SameAs(wanted))
            {
                db.Entry(line).CurrentValues.SetValues(wanted);
                corrected++;
            }
        }

        db.InboxLines.AddRange(expected.Values);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ReadModelRebuild(stored.Count - removed + expected.Count, expected.Count, removed, corrected);
    }
}
