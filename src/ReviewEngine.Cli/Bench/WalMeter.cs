using System.Buffers.Binary;
using Microsoft.Data.Sqlite;

namespace ReviewEngine.Cli.Bench;

/// <summary>
/// Counts the pages a stretch of work writes to a SQLite file's write-ahead log, and which table or index each
/// belongs to.
/// </summary>
/// <remarks>
/// Method: a TRUNCATE checkpoint empties the WAL (it must report not busy, and the file must be 0 bytes), then this
/// meter opens a read transaction on its own connection and holds it for the window. A checkpoint, automatic or
/// not, takes SQLite's exclusive read-lock 0 before it copies frames back, and the WAL is only restarted once every
/// frame has been copied back; with the reader parked on read-lock 0 (it began on an empty WAL) neither can happen,
/// so the writers only append. Each commit appends one frame per distinct page it changed, so the frames in the file
/// at the end — (size − 32-byte header) ÷ (page size + 24-byte frame header) — are the pages the window's commits
/// wrote. Nothing in the writers' connections is touched (no wal_hook, no per-connection autocheckpoint setting), so
/// the engine and the raw baseline are measured the same way; only the window itself is not timed (the blocked
/// automatic checkpoints retry on every commit past 1,000 frames).
/// </remarks>
internal sealed class WalMeter : IDisposable
{
    private readonly string _path;
    private readonly SqliteConnection _reader;
    private readonly SqliteTransaction _snapshot;

    private WalMeter(string path, SqliteConnection reader, SqliteTransaction snapshot)
    {
        (_path, _reader, _snapshot) = (path, reader, snapshot);
    }

    public static WalMeter Start(string databasePath)
    {
        var reader = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        reader.Open();
        using (var checkpoint = reader.CreateCommand())
        {
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            using var r = checkpoint.ExecuteReader();
            r.Read();
            var walLength = new FileInfo(databasePath + "-wal") is { Exists: true } f ? f.Length : 0;
            if (r.GetInt32(0) != 0 || walLength != 0)
            {
                throw new InvalidOperationException($"WAL checkpoint before measuring did not empty the log (busy {r.GetInt32(0)}, {walLength} bytes)");
            }
        }

        var snapshot = reader.BeginTransaction(deferred: true);
        using var read = reader.CreateCommand();
        read.Transaction = snapshot;
        read.CommandText = "SELECT count(*) FROM sqlite_schema";
        read.ExecuteScalar(); // a deferred transaction takes its read lock at the first read
        return new WalMeter(databasePath, reader, snapshot);
    }

    public WalReading Read()
    {
        var pageSize = Scalar<long>("PRAGMA page_size");
        var frameSize = pageSize + 24;
        var bytes = File.ReadAllBytes(_path + "-wal");
        var byPage = new Dictionary<long, int>();
        for (long offset = 32; offset + frameSize <= bytes.Length; offset += frameSize)
        {
            var page = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan((int)offset, 4));
            byPage[page] = byPage.GetValueOrDefault(page) + 1;
        }

        return new WalReading((bytes.Length - 32) / frameSize, ByObject(bytes, byPage));
    }

    /// <summary>Frames per table or index (<see cref="PageOwners"/>); page 1 changes when the file grows.</summary>
    private IReadOnlyDictionary<string, long> ByObject(byte[] wal, Dictionary<long, int> framesByPage)
    {
        // Read outside the held snapshot so the roots of every b-tree are current.
        using var connection = new SqliteConnection($"Data Source={_path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var roots = new List<(string, long)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, rootpage FROM sqlite_schema WHERE rootpage > 0";
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                roots.Add((r.GetString(0), r.GetInt64(1)));
            }
        }

        var owner = PageOwners.Read(_path, wal, roots);
        return framesByPage
            .GroupBy(p => p.Key == 1 ? "(page 1: file header and schema root)" : owner.GetValueOrDefault(p.Key, "(unowned page)"))
            .ToDictionary(g => g.Key, g => (long)g.Sum(p => p.Value));
    }

    private T Scalar<T>(string sql)
    {
        using var command = _reader.CreateCommand();
        command.Transaction = _snapshot;
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        _snapshot.Dispose();
        _reader.Dispose();
    }
}

/// <summary>WAL frames written in a window: the total and per table or index.</summary>
internal sealed record WalReading(long Frames, IReadOnlyDictionary<string, long> ByObject);
