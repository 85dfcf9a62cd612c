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
    // 800 saves of a 64 KiB document are ~15,400 WAL frames; a log that never resets ends at about that (one reset: the
    // first commit after start-up). How late a RESTART that waits for both reader slots catches them depends on the
    // scheduler (2,000–5,000 frames and 6–10 resets here; 10,666 frames seen once in CI on two loaded cores), so the
    // test counts resets from the WAL header and bounds the file only loosely, to tell a log that resets from one that
    // never does.
    private const int Writers = 4;
    private const int SavesPerWriter = 200;
    private const int RestartAbovePages = 1000;
    private const long BoundFrames = 12000;

    [Fact]
    public async Task WalStaysBoundedWhileReadersHoldSnapshotsAndWritersCommit()
    {
        await using var db = await TestDatabase.CreateAsync();
        // These readers overlap without a gap and are not the app's statements, so nothing pauses them: the RESTART
        // is given the time to catch the moment both slots are free (the app's default wait is shorter, and past its
        // hard bound the app pauses its own statements instead).
        using var checkpointer = Checkpointer(db, RestartAbovePages, restartWait: TimeSpan.FromSeconds(2));
        await checkpointer.StartAsync(default);

        var resetsBefore = WalResets(db.DatabasePath);
        var frames = await WalFramesAfterLoadAsync(db);
        var resets = WalResets(db.DatabasePath) - resetsBefore;
        await checkpointer.StopAsync(default);

        Assert.True(resets >= 3, $"the WAL reset {resets} times under load");
        Assert.True(frames < BoundFrames, $"the WAL grew to {frames} frames");
        Assert.Equal(Writers * SavesPerWriter, await CountDocumentsAsync(db));
    }

    // The bound above would fail without the RESTART: PASSIVE checkpoints alone copy pages back but never reset the log.
    [Fact]
    public async Task WithoutARestartTheSameLoadGrowsTheWalPastTheBound()
    {
        await using var db = await TestDatabase.CreateAsync();
        using var checkpointer = Checkpointer(db, restartAbovePages: int.MaxValue);
        await checkpointer.StartAsync(default);

        var resetsBefore = WalResets(db.DatabasePath);
        var frames = await WalFramesAfterLoadAsync(db);
        var resets = WalResets(db.DatabasePath) - resetsBefore;
        await checkpointer.StopAsync(default);

        Assert.True(resets <= 1, $"the WAL reset {resets} times without a RESTART");
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

        Assert.Equal(0, new FileInfo(db.DatabasePath + "-wal").Length);
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

    /// <summary>Two readers, each holding a snapshot for 40 ms and starting half a hold apart, while the writers save.</summary>
    private static async Task<long> WalFramesAfterLoadAsync(TestDatabase db)
    {
        using var stop = new CancellationTokenSource();
        var readers = new[] { TimeSpan.Zero, TimeSpan.FromMilliseconds(20) }
            .Select(offset => Task.Run(() => ReadContinuouslyAsync(db.DatabasePath, offset, TimeSpan.FromMilliseconds(40), stop.Token))).ToArray();
        await Task.Delay(100);
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < SavesPerWriter; i++)
            {
                await SaveDocumentAsync(db);
            }
        })));
        var frames = await WalFramesAsync(db.DatabasePath);
        await stop.CancelAsync();
        await Task.WhenAll(readers);
        return frames;
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
        return Math.Max(0, new FileInfo(path + "-wal").Length - 32) / (pageSize + 24);
    }

    /// <summary>
    /// The WAL header's checkpoint sequence number (big-endian at byte 12): SQLite adds one each time a writer starts the
    /// log again from the top, which is what a RESTART makes possible while readers hold snapshots.
    /// </summary>
    private static long WalResets(string path)
    {
        using var wal = new FileStream(path + "-wal", FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Span<byte> header = stackalloc byte[16];
        wal.ReadExactly(header);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header[12..]);
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
