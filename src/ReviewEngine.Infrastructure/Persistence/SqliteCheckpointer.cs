using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>
/// Moves SQLite's WAL checkpoint off the request path (ADR 0017). With automatic checkpoints, the commit that takes
/// the WAL past 1,000 frames copies pages back and fsyncs the whole database file; under continuous reads the log
/// never resets, so every later commit did that again (docs/benchmarks.md, the action POST under load). Here, on its
/// own connection, a PASSIVE checkpoint runs every <see cref="SqliteCheckpointOptions.Interval"/> when something was
/// committed, beside the writers; when the log is long, a RESTART runs holding the app's write queue
/// (<see cref="SqliteWriteGate"/>), so writers wait asynchronously while readers on older snapshots finish, and the
/// next commit starts the log from the top. Past a hard bound the RESTART also pauses new statements
/// (<see cref="SqliteReadPause"/>) so that it cannot miss. On shutdown a TRUNCATE leaves an empty WAL.
/// </summary>
/// <remarks>
/// It runs on a thread of its own with SQLite's blocking calls: a pass blocks in fsync and in SQLite's busy handler,
/// which must not hold a thread-pool thread, and under load the pool's queue delayed a timer-driven pass by up to
/// 1.5 s, long enough for the WAL to reach 45 MB (SqliteCheckpointerTests). Paced by the wall clock, not the injected
/// <see cref="TimeProvider"/>: it paces disk work, and with a test's frozen clock the WAL would grow without bound.
/// <see cref="Checkpoint"/> is for tests that do not start the loop; the two must not run at once.
/// </remarks>
public sealed class SqliteCheckpointer(string connectionString, SqliteCheckpointOptions settings, ILogger<SqliteCheckpointer> logger)
    : BackgroundService
{
    private SqliteConnection? _connection;
    private long _lastDataVersion = -1;
    private long _heldBackAt = -1;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => settings.Enabled
        ? Task.Factory.StartNew(() => Run(stoppingToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
        : Task.CompletedTask;

    /// <summary>
    /// One pass: nothing when nothing was committed since the last one; else PASSIVE, then RESTART under the write
    /// queue when the log is over <see cref="SqliteCheckpointOptions.RestartAbovePages"/>. Null when skipped.
    /// </summary>
    public SqliteCheckpointResult? Checkpoint()
    {
        var connection = Connection();
        // data_version changes when another connection commits: an idle app costs one cheap read per interval.
        var version = Scalar(connection, "PRAGMA data_version");
        if (version == _lastDataVersion)
        {
            return null;
        }

        _lastDataVersion = version;
        var passive = Run(connection, "PASSIVE");
        var pauseReaders = passive.LogFrames > settings.PauseReadersAbovePages;
        if (!pauseReaders && (passive.LogFrames <= settings.RestartAbovePages || ReaderStillHoldsBack(passive)))
        {
            return passive;
        }

        var restart = UnderWriteGate(connection, "RESTART", pauseReaders);
        _heldBackAt = restart.Busy ? restart.CheckpointedFrames : -1;
        return restart;
    }

    /// <summary>
    /// Whether the reader that made the last RESTART give up is still reading: the log was not reset and no PASSIVE
    /// has copied past the frame where that RESTART stopped. A long read (the deadline planner at start-up, an index
    /// catch-up) held writers for the whole wait on every pass in the load bench; one wait per such reader is enough.
    /// </summary>
    private bool ReaderStillHoldsBack(SqliteCheckpointResult passive) =>
        _heldBackAt >= 0 && passive.LogFrames >= _heldBackAt && passive.CheckpointedFrames <= _heldBackAt;

    public override void Dispose()
    {
        base.Dispose();
        _connection?.Dispose();
    }

    private void Run(CancellationToken stoppingToken)
    {
        try
        {
            if (Scalar<string>(Connection(), "PRAGMA journal_mode") != "wal")
            {
                return;
            }

            // From here on the app's connections stop checkpointing on commit; this loop does it instead.
            using (SqliteCheckpointedFiles.Register(connectionString, settings.JournalSizeLimitBytes))
            {
                while (!stoppingToken.WaitHandle.WaitOne(settings.Interval))
                {
                    Pass(Checkpoint);
                }

                Pass(() => UnderWriteGate(Connection(), "TRUNCATE", pauseReaders: true));
            }
        }
        catch (SqliteException ex)
        {
            // Not started (the file could not be opened): the app's connections keep SQLite's automatic checkpoint,
            // and a failed background service must not stop the app.
            logger.LogError(ex, "SQLite WAL checkpointer did not start");
        }
        finally
        {
            _connection?.Dispose();
            _connection = null;
        }
    }

    private void Pass(Func<SqliteCheckpointResult?> checkpoint)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            if (checkpoint() is { Mode: not "PASSIVE" } result)
            {
                // A RESTART that gives up is expected now and then under load (a long read); a later pass resets the log.
                logger.LogDebug("SQLite {Mode} checkpoint {Outcome} in {Elapsed} ms with writers held: {Log} WAL frames, {Done} copied",
                    result.Mode, result.Busy ? "gave up" : "done", (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds, result.LogFrames, result.CheckpointedFrames);
            }
        }
        catch (SqliteException ex)
        {
            // A failed pass (disk full, the file replaced under us) must not end the loop: the next pass retries.
            logger.LogError(ex, "SQLite WAL checkpoint failed");
        }
    }

    private SqliteCheckpointResult UnderWriteGate(SqliteConnection connection, string mode, bool pauseReaders)
    {
        // Writers of this process queue there, asynchronously, rather than in SQLite's busy loop while the checkpoint
        // waits for readers. In the same queue as they are: SemaphoreSlim hands itself to asynchronous waiters in
        // order, but a synchronous Wait may lose to each of them in turn, and the WAL grew by 3,700 frames meanwhile.
        var gate = SqliteWriteGate.For(connection.ConnectionString);
        gate.WaitAsync().GetAwaiter().GetResult();
        try
        {
            if (!pauseReaders)
            {
                return Run(connection, mode, settings.RestartWait);
            }

            // With no new frames, a PASSIVE copies back what it can while readers still run; then new statements
            // pause, so that the readers on old snapshots drain for the RESTART (SqliteReadPause).
            Run(connection, "PASSIVE");
            using var pause = SqliteReadPause.Begin(connection.ConnectionString);
            return Run(connection, mode, settings.PausedRestartWait);
        }
        finally
        {
            gate.Release();
        }
    }

    private static SqliteCheckpointResult Run(SqliteConnection connection, string mode, TimeSpan? busyWait = null)
    {
        if (busyWait is { } wait)
        {
            // How long a RESTART or TRUNCATE waits for readers (a PASSIVE never waits).
            Scalar(connection, $"PRAGMA busy_timeout={(long)wait.TotalMilliseconds}");
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode})";
        using var reader = command.ExecuteReader();
        reader.Read();
        return new SqliteCheckpointResult(mode, reader.GetInt64(0) != 0, reader.GetInt64(1), reader.GetInt64(2));
    }

    private SqliteConnection Connection()
    {
        if (_connection is null)
        {
            // Its own handle, outside the app's pool: its busy timeout must not reach an app connection.
            _connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
            _connection.Open();
        }

        return _connection;
    }

    private static long Scalar(SqliteConnection connection, string sql) => Convert.ToInt64(Scalar<object>(connection, sql));

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }
}
