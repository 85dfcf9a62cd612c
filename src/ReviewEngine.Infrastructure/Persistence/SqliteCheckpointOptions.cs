namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>Settings of the web host's background WAL checkpointer on SQLite (configuration section "SqliteCheckpoint", ADR 0017).</summary>
public sealed class SqliteCheckpointOptions
{
    public const string Section = "SqliteCheckpoint";

    /// <summary>Off, the app's connections keep SQLite's automatic checkpoint on commit, as the CLI's do.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How often a PASSIVE checkpoint copies committed pages back into the database file (only when something was
    /// committed since the last one). Half a second at ~4,000 WAL pages a second under full load (200 actions of ~20
    /// pages) is ~8 MB per pass, one fsync of the file per pass instead of one per commit.
    /// </summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// A WAL longer than this (in pages) gets a RESTART checkpoint with the app's writers held in their queue, so it
    /// starts again from the top: under continuous reads it otherwise never resets. 4,096 pages of 4 KiB are 16 MiB,
    /// about one wal-index hash table, so a reader's page lookup in the WAL stays one table; at full load that is
    /// about one writer pause a second.
    /// </summary>
    public int RestartAbovePages { get; set; } = 4096;

    /// <summary>
    /// How long a RESTART (and the final TRUNCATE at shutdown) may wait for readers on older snapshots, with writers
    /// held and new statements paused; after it the checkpoint ends as a PASSIVE one, and the RESTART is tried again
    /// once that reader has finished. At 50 concurrent users in the load bench a RESTART took 0.4–0.6 s (copying the
    /// rest of the log and waiting for readers); with 100 ms every RESTART gave up and the WAL grew by 8 MB a second.
    /// </summary>
    public TimeSpan RestartWait { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A WAL file that grew past this in a burst is cut back to it when the log next starts again (journal_size_limit).</summary>
    public long JournalSizeLimitBytes { get; set; } = 64L * 1024 * 1024;
}
