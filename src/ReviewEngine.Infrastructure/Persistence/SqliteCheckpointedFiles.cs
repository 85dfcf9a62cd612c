using System.Collections.Concurrent;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>
/// The files a background checkpointer of this process looks after (<see cref="SqliteCheckpointer"/>). Their app
/// connections turn SQLite's automatic checkpoint off (<see cref="SqlitePragmas"/>): the checkpointer does that work
/// off the request path. Every other file, and every file of the CLI's short commands, keeps SQLite's default, since
/// nothing else would ever checkpoint it.
/// </summary>
internal static class SqliteCheckpointedFiles
{
    private static readonly ConcurrentDictionary<string, Registration> Running = new(StringComparer.Ordinal);

    /// <summary>All per-connection pragmas of a file's app connections while a checkpointer runs, else null.</summary>
    public static string? PragmasFor(string connectionString) =>
        Running.TryGetValue(SqliteFileKey.Of(connectionString), out var registration) ? registration.Pragmas : null;

    /// <summary>Marks the file as checkpointed in the background until the result is disposed (two app nodes in one test process may share a file).</summary>
    public static IDisposable Register(string connectionString, long journalSizeLimitBytes)
    {
        var key = SqliteFileKey.Of(connectionString);
        var pragmas = SqlitePragmas.WithBackgroundCheckpoint(journalSizeLimitBytes);
        Running.AddOrUpdate(key, _ => new Registration(pragmas, 1), (_, r) => r with { Count = r.Count + 1 });
        return new Unregister(key);
    }

    private sealed record Registration(string Pragmas, int Count);

    private sealed class Unregister(string key) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 1)
            {
                return;
            }

            while (Running.TryGetValue(key, out var r))
            {
                var updated = r.Count == 1 ? Running.TryRemove(new KeyValuePair<string, Registration>(key, r)) : Running.TryUpdate(key, r with { Count = r.Count - 1 }, r);
                if (updated)
                {
                    return;
                }
            }
        }
    }
}
