namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>
/// One <c>PRAGMA wal_checkpoint</c>: whether it could not finish (a reader or writer in the way), the frames in the
/// log, and how many of them are now in the database file.
/// </summary>
public sealed record SqliteCheckpointResult(string Mode, bool Busy, long LogFrames, long CheckpointedFrames);
