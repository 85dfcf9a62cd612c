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
    /// A WAL longer than this (in pages) gets a RESTART with the app's writers held in their queue, so that it starts
    /// again from the top: under continuous reads it otherwise never resets. 4,096 pages of 4 KiB are 16 MiB, about
    /// one wal-index hash table, so a reader's page lookup in the WAL stays one table; at full load that is a RESTART
    /// every second or two.
    /// </summary>
    public int RestartAbovePages { get; set; } = 4096;

    /// <summary>
    /// How long that RESTART waits for readers on older snapshots, with writers held: the longest write stall it
    /// causes. After it the checkpoint ends as a PASSIVE one, and it is tried again once that reader has finished.
    /// Short on purpose: at 50 concurrent users readers never left the old snapshots' slots in time (a 500 ms wait
    /// gave up four times in five already at 4 users), and a stall there is paid by every queued writer.
    /// </summary>
    public TimeSpan RestartWait { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The hard bound. A WAL longer than this (65,536 pages, 256 MiB) gets a RESTART that also pauses the app's new
    /// statements until the readers are gone, waiting up to <see cref="PausedRestartWait"/>: it succeeds under any
    /// load, but holds every request meanwhile (0.4–0.8 s at 50 users, mostly copying the log), so it is the
    /// exception, not the rule.
    /// </summary>
    public int PauseReadersAbovePages { get; set; } = 65536;

    /// <summary>How long the statement-pausing RESTART (and the final TRUNCATE at shutdown) waits for readers.</summary>
    public TimeSpan PausedRestartWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A WAL file that grew past this in a burst is cut back to it when the log next starts again (journal_size_limit).</summary>
    public long JournalSizeLimitBytes { get; set; } = 64L * 1024 * 1024;
}
