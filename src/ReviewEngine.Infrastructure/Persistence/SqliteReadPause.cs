using System.Collections.Concurrent;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>
/// Holds the app's new SQLite statements on one file back while a RESTART checkpoint waits for readers, once the WAL
/// is past its hard bound (ADR 0017). Under load, readers kept arriving on the read slots a RESTART must see free:
/// waiting up to 500 ms, four RESTARTs in five gave up already at 4 concurrent users; with new statements paused
/// they succeeded at 50. Statements already running finish; new ones wait asynchronously until the checkpoint is
/// done, at most <see cref="SqliteCheckpointOptions.PausedRestartWait"/>.
/// With no pause active a statement pays one volatile read.
/// </summary>
internal static class SqliteReadPause
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> Paused = new(StringComparer.Ordinal);
    private static int ActivePauses; // any file: the common case is one volatile read

    /// <summary>Completed at once unless the file's statements are paused.</summary>
    public static Task WhenOpen(string connectionString) =>
        Volatile.Read(ref ActivePauses) > 0 && Paused.TryGetValue(SqliteFileKey.Of(connectionString), out var pause)
            ? pause.Task
            : Task.CompletedTask;

    /// <summary>Pauses new statements on the file until the result is disposed.</summary>
    public static IDisposable Begin(string connectionString)
    {
        var key = SqliteFileKey.Of(connectionString);
        var pause = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!Paused.TryAdd(key, pause))
        {
            throw new InvalidOperationException("The file's statements are already paused: one checkpointer per file and process.");
        }

        Interlocked.Increment(ref ActivePauses);
        return new Resume(key, pause);
    }

    private sealed class Resume(string key, TaskCompletionSource pause) : IDisposable
    {
        public void Dispose()
        {
            if (Paused.TryRemove(new KeyValuePair<string, TaskCompletionSource>(key, pause)))
            {
                Interlocked.Decrement(ref ActivePauses);
                pause.SetResult();
            }
        }
    }
}
