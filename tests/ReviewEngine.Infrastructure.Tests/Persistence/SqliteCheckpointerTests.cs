using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewEngine.Application.Common;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Tests.Persistence;

/// <summary>
/// The web host's background WAL checkpointer (ADR 0017) on real SQLite files, under the load that starved SQLite's
/// own checkpoint: readers holding snapshots without a gap while writers commit.
/// </summary>
public sealed class SqliteCheckpointerTests
{
    // Eight rounds of 100 saves of a 64 KiB document, ~1,900 WAL frames a round: a log that never resets ends at about
    // 15,400 frames, one that a pass resets after each round at about one round (1,940–1,970 here, also beside three
    // busy loops). The test makes the passes itself, between rounds, instead of the background loop's 20 ms timer:
    // what is tested is what a pass does, not when the scheduler lets it run. It no longer counts resets from the WAL
    // header's checkpoint sequence number: SQLite keeps that number per connection and writes it when a connection
    // starts the log again, so with a pool of writers it undercounts (1–5 for eight resets that kept the file at one
    // round), which is what once failed in CI ("reset 1 times"). The loop itself: AppConnectionsLeaveCheckpoints…
    private const int Writers = 4;
    private const int Rounds = 8;
    private const int SavesPerWriterAndRound = 25;
    private const int RestartAbovePages = 1000;
    private const long BoundFrames = 6000;

    [Fact]
    public async Task APassAfterEachRoundResetsTheWalWhileReadersHoldSnapshotsAndWritersCommit()
    {
        await using var db = await TestDatabase.CreateAsync();
        // These readers overlap without a gap and are not the app's statements, so nothing pauses them: the RESTART
        // waits for the moment the older snapshot ends (the app's default wait is shorter, and past its hard bound the
        // app pauses its own statements instead).
        using var checkpointer = Checkpointer(db, RestartAbovePages, restartWait: TimeSpan.FromSeconds(2));

        var (frames, passes) = await DrivenLoadAsync(db, checkpointer);

        Assert.All(passes, pass => Assert.Equal("RESTART", pass?.Mode));
        Assert.True(passes.Count(p => p!.Busy) <= 1, $"{passes.Count(p => p!.Busy)} of {Rounds} RESTARTs gave up");
        Assert.True(frames < BoundFrames, $"the WAL grew to {frames} frames");
        Assert.Equal(1 + Writers * SavesPerWriterAndRound * Rounds, await CountDocumentsAsync(db)); // and the one saved before the readers start
    }

    // The bound above would fail without the RESTART: PASSIVE checkpoints alone copy pages back but never reset the log.
    [Fact]
    public async Task WithoutARestartTheSameLoadGrowsTheWalPastTheBound()
    {
        await using var db = await TestDatabase.CreateAsync();
        using var checkpointer = Checkpointer(db, restartAbovePages: int.MaxValue);

        var (frames, passes) = await DrivenLoadAsync(db, checkpointer);

        Assert.All(passes, pass => Assert.Equal("PASSIVE", pass?.Mode));
        Assert.True(frames > BoundFrames, $"the WAL reached only {frames} frames");
    }

    [Fact]
    public async Task AppConnectionsLeaveCheckpointsToTheCheckpointerOnlyWhileItRunsAndStoppingEmptiesTheWal()
    {
        await using var db = await TestDatabase.CreateAsync();
        Assert.Equal(1000, await AutoCheckpointAsync(db));

        using var checkpointer = Checkpointer(db, RestartAbovePages);
        await checkpointer.StartAsync(default);
        await WaitUntilAsync(async () => await AutoCheckpointAsync(db) == 0);
        await SaveDocumentAsync(db);
        await checkpointer.StopAsync(default);

        // Empty, or gone: SQLite deletes the WAL file when the last connection to the database closes, which the
        // pool may do at any moment after the checkpointer stops.
        var wal = new FileInfo(db.DatabasePath + "-wal");
        Assert.True(!wal.Exists || wal.Length == 0, $"WAL of {(wal.Exists ? wal.Length : 0)} bytes left after stopping");
        Assert.Equal(1000, await AutoCheckpointAsync(db));
    }

    [Fact]
    public async Task APassWithNothingCommittedSinceTheLastDoesNothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        using var checkpointer = Checkpointer(db, RestartAbovePages);
        await SaveDocumentAsync(db);

        var first = checkpointer.Checkpoint();
        var second = checkpointer.Checkpoint();
        await SaveDocumentAsync(db);
        var third = checkpointer.Checkpoint();

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.NotNull(third);
        Assert.False(third.Busy);
        Assert.Equal(third.LogFrames, third.CheckpointedFrames);
    }

    [Fact]
    public async Task AppStatementsWaitWhileTheCheckpointerPausesThemAndRunWhenItResumes()
    {
        await using var db = await TestDatabase.CreateAsync();
        var pause = SqliteReadPause.Begin(DatabaseOptions.SqliteFile(db.DatabasePath).ConnectionString);

        var count = CountDocumentsAsync(db);
        await Task.Delay(200);
        var waited = !count.IsCompleted;
        pause.Dispose();

        Assert.True(waited, "the query ran during the pause");
        Assert.Equal(0, await count.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    internal static SqliteCheckpointer Checkpointer(TestDatabase db, int restartAbovePages, TimeSpan? interval = null, TimeSpan? restartWait = null) =>
        new(DatabaseOptions.SqliteFile(db.DatabasePath).ConnectionString,
            new SqliteCheckpointOptions
            {
                Interval = interval ?? TimeSpan.FromMilliseconds(20),
                RestartAbovePages = restartAbovePages,
                RestartWait = restartWait ?? new SqliteCheckpointOptions().RestartWait,
            },
            NullLogger<SqliteCheckpointer>.Instance);

    /// <summary>
    /// Two readers, each holding a snapshot for 40 ms and starting half a hold apart, while the writers save in rounds;
    /// after each round one pass of the checkpointer, as the background loop would make it, with the file registered
    /// as the loop registers it (app connections leave checkpoints to it).
    /// </summary>
    private static async Task<(long Frames, SqliteCheckpointResult?[] Passes)> DrivenLoadAsync(TestDatabase db, SqliteCheckpointer checkpointer)
    {
        var connectionString = DatabaseOptions.SqliteFile(db.DatabasePath).ConnectionString;
        using var registered = SqliteCheckpointedFiles.Register(connectionString, new SqliteCheckpointOptions().JournalSizeLimitBytes);
        await SaveDocumentAsync(db);
        checkpointer.Checkpoint();

        using var stop = new CancellationTokenSource();
        var readers = new[] { TimeSpan.Zero, TimeSpan.FromMilliseconds(20) }
            .Select(offset => Task.Run(() => ReadContinuouslyAsync(db.DatabasePath, offset, TimeSpan.FromMilliseconds(40), stop.Token))).ToArray();
        await Task.Delay(100);
        var passes = new List<SqliteCheckpointResult?>();
        for (var round = 0; round < Rounds; round++)
        {
            await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
            {
                for (var i = 0; i < SavesPerWriterAndRound; i++)
                {
                    await SaveDocumentAsync(db);
                }
            })));
            // A pass blocks in SQLite's busy handler while the older snapshot ends: off the test's thread, as the loop's.
            passes.Add(await Task.Factory.StartNew(checkpointer.Checkpoint, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
        }

        var frames = await WalFramesAsync(db.DatabasePath);
        await stop.CancelAsync();
        await Task.WhenAll(readers);
        return (frames, passes.ToArray());
    }

    private static async Task ReadContinuouslyAsync(string path, TimeSpan offset, TimeSpan hold, CancellationToken stop)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await Task.Delay(offset);
        while (!stop.IsCancellationRequested)
        {
            using var snapshot = connection.BeginTransaction(deferred: true);
            await using var read = connection.CreateCommand();
            read.Transaction = snapshot;
            read.CommandText = "SELECT count(*) FROM sqlite_schema";
            await read.ExecuteScalarAsync(); // a deferred transaction takes its snapshot at the first read
            await Task.Delay(hold);
            snapshot.Commit();
        }
    }

    internal static Task<int> SaveDocumentAsync(TestDatabase db) => db.RunAsync(sp =>
    {
        var context = sp.GetRequiredService<ReviewDbContext>();
        context.DocumentContents.Add(new DocumentContent(Guid.NewGuid().ToString("N"), RandomNumberGenerator.GetBytes(64 * 1024)));
        return context.SaveChangesAsync();
    });

    private static Task<int> CountDocumentsAsync(TestDatabase db) =>
        db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().DocumentContents.CountAsync());

    /// <summary>What an app connection (pooled, through the context) is set to.</summary>
    private static Task<long> AutoCheckpointAsync(TestDatabase db) => db.RunAsync(async sp =>
    {
        var database = sp.GetRequiredService<ReviewDbContext>().Database;
        await database.OpenConnectionAsync();
        await using var command = database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA wal_autocheckpoint";
        return (long)(await command.ExecuteScalarAsync())!;
    });

    /// <summary>The frames the WAL file holds room for: its high-water mark since it was last truncated.</summary>
    private static async Task<long> WalFramesAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        var pageSize = (long)(await command.ExecuteScalarAsync())!;
        var wal = new FileInfo(path + "-wal");
        return wal.Exists ? Math.Max(0, wal.Length - 32) / (pageSize + 24) : 0;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var waited = 0; !await condition(); waited += 20)
        {
            Assert.True(waited < 5000, "condition not met within 5 s");
            await Task.Delay(20);
        }
    }
}
