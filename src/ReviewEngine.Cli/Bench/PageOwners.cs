using System.Buffers.Binary;

namespace ReviewEngine.Cli.Bench;

/// <summary>
/// Which table or index owns each page of a SQLite file, found by walking every b-tree from its root page (the
/// bundled SQLite has no dbstat table). Pages are read as the latest committed image: the last WAL frame of a page,
/// else the main file. Follows interior pages, overflow chains and the freelist (file format: sqlite.org/fileformat2.html).
/// </summary>
internal sealed class PageOwners(Func<long, byte[]> page, int pageSize)
{
    private readonly Dictionary<long, string> _owner = [];

    public static IReadOnlyDictionary<long, string> Read(string databasePath, byte[] wal, IEnumerable<(string Name, long Root)> roots)
    {
        var file = File.ReadAllBytes(databasePath);
        var pageSize = (int)BinaryPrimitives.ReadUInt32BigEndian(wal.AsSpan(8, 4));
        var latest = new Dictionary<long, long>();
        for (long offset = 32; offset + 24 + pageSize <= wal.Length; offset += 24 + pageSize)
        {
            latest[BinaryPrimitives.ReadUInt32BigEndian(wal.AsSpan((int)offset, 4))] = offset + 24;
        }

        byte[] Page(long n) => latest.TryGetValue(n, out var at)
            ? wal.AsSpan((int)at, pageSize).ToArray()
            : file.AsSpan((int)((n - 1) * pageSize), pageSize).ToArray();

        var owners = new PageOwners(Page, pageSize);
        owners.Walk(1, "sqlite_schema");
        foreach (var (name, root) in roots)
        {
            owners.Walk(root, name);
        }

        owners.Freelist();
        return owners._owner;
    }

    private void Walk(long root, string name)
    {
        var pending = new Stack<long>([root]);
        while (pending.TryPop(out var n))
        {
            _owner[n] = name;
            var b = page(n);
            var h = n == 1 ? 100 : 0;
            var type = b[h];
            var interior = type is 2 or 5;
            var cells = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(h + 3));
            if (interior)
            {
                pending.Push(BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(h + 8)));
            }

            for (var i = 0; i < cells; i++)
            {
                var at = (int)BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(h + (interior ? 12 : 8) + (2 * i)));
                if (interior)
                {
                    pending.Push(BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at)));
                    at += 4;
                }

                if (type != 5)
                {
                    Overflow(b, at, table: type == 13, name);
                }
            }
        }
    }

    /// <summary>A cell's payload beyond what fits on its page continues on a chain of overflow pages.</summary>
    private void Overflow(byte[] b, int at, bool table, string name)
    {
        var payload = Varint(b, ref at);
        if (table)
        {
            Varint(b, ref at); // rowid
        }

        long u = pageSize, x = table ? u - 35 : ((u - 12) * 64 / 255) - 23, m = ((u - 12) * 32 / 255) - 23;
        if (payload <= x)
        {
            return;
        }

        var k = m + ((payload - m) % (u - 4));
        var local = (int)(k <= x ? k : m);
        for (long next = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at + local)); next != 0; next = BinaryPrimitives.ReadUInt32BigEndian(page(next)))
        {
            _owner[next] = name;
        }
    }

    private void Freelist()
    {
        for (long trunk = BinaryPrimitives.ReadUInt32BigEndian(page(1).AsSpan(32)); trunk != 0;)
        {
            var t = page(trunk);
            _owner[trunk] = "(freelist)";
            var leaves = BinaryPrimitives.ReadUInt32BigEndian(t.AsSpan(4));
            for (var i = 0; i < leaves; i++)
            {
                _owner[BinaryPrimitives.ReadUInt32BigEndian(t.AsSpan(8 + (4 * i)))] = "(freelist)";
            }

            trunk = BinaryPrimitives.ReadUInt32BigEndian(t);
        }
    }

    private static long Varint(byte[] b, ref int at)
    {
        long v = 0;
        for (var i = 0; i < 9; i++)
        {
            var c = b[at++];
            if (i == 8)
            {
                return (v << 8) | c;
            }

            v = (v << 7) | (long)(c & 0x7f);
            if (c < 0x80)
            {
                return v;
            }
        }

        return v;
    }
}
