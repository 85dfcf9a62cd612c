using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>
/// Writers to one SQLite file wait their turn here, in the process, instead of in the driver's busy loop. SQLite takes
/// one writer at a time anyway; a second <c>BEGIN IMMEDIATE</c> gets SQLITE_BUSY and Microsoft.Data.Sqlite retries it
/// after sleeping on a thread-pool thread, so under 50 concurrent actions a save waited hundreds of milliseconds for a
/// lock held for one (docs/benchmarks.md, action POST). An async queue hands the lock on at once and blocks no thread.
/// Only saves that own their transaction queue: a save inside a caller's transaction already holds the file's lock, and
/// waiting here could deadlock against a queued save that waits for that lock. Other processes on the same file (the
/// CLI beside the app), explicit transactions and bulk <c>ExecuteUpdate</c>s still meet at SQLite's lock and the
/// driver's retry, as before. The background checkpointer takes the same gate for its RESTART, so writers queue here
/// while it waits for readers (ADR 0017).
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>The file's queue, or null when there is nothing to queue for (PostgreSQL, or a transaction already open).</summary>
    public static SemaphoreSlim? For(DatabaseFacade database) =>
        database.CurrentTransaction is null && database.IsSqlite() && database.GetConnectionString() is { } connectionString
            ? For(connectionString)
            : null;

    /// <summary>The queue of the file a SQLite connection string names.</summary>
    public static SemaphoreSlim For(string connectionString) =>
        Gates.GetOrAdd(SqliteFileKey.Of(connectionString), static _ => new SemaphoreSlim(1, 1));
}
