using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>
/// Per-connection SQLite settings. WAL is persistent in the file (set at migration); synchronous=NORMAL under WAL keeps
/// every committed transaction across a process kill (stack.md §5) at four times the speed of FULL. Reads go through a
/// memory map (up to 1 GiB of the file) instead of a read() system call per page: the inbox of a 100,000-case file spent
/// half its SQLite time in the kernel copying pages. Where a background checkpointer runs (the web host, ADR 0017) a
/// commit no longer checkpoints: under continuous reads the WAL never reset, so every commit past 1,000 frames ran a
/// checkpoint with an fsync of the whole file on the request path. Pooled connections reuse the native handle, so the
/// pragmas run once per handle and setting, not on every open.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Always = "PRAGMA synchronous=NORMAL; PRAGMA mmap_size=1073741824; ";

    // SQLite's own defaults, set explicitly: a pooled handle may have been configured while a checkpointer ran.
    private const string AutoCheckpoint = Always + "PRAGMA wal_autocheckpoint=1000; PRAGMA journal_size_limit=-1;";

    private static readonly ConditionalWeakTable<object, string> Configured = [];

    /// <summary>The settings of an app connection whose file a background checkpointer looks after.</summary>
    public static string WithBackgroundCheckpoint(long journalSizeLimitBytes) =>
        Always + $"PRAGMA wal_autocheckpoint=0; PRAGMA journal_size_limit={journalSizeLimitBytes};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (PragmasToRun(connection) is { } pragmas)
        {
            using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (PragmasToRun(connection) is { } pragmas)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string? PragmasToRun(DbConnection connection)
    {
        var wanted = SqliteCheckpointedFiles.PragmasFor(connection.ConnectionString) ?? AutoCheckpoint;
        if (connection is not SqliteConnection { Handle: { } handle })
        {
            return wanted;
        }

        if (Configured.TryGetValue(handle, out var applied) && applied == wanted)
        {
            return null;
        }

        Configured.AddOrUpdate(handle, wanted);
        return wanted;
    }
}
