namespace ReviewEngine.Domain.Experts;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, well-tested generator written out here rather than
/// <see cref="System.Random"/>, whose seeded algorithm is an implementation detail that .NET may change — a seed
/// recorded in an audit trail today must give the same panel after any runtime upgrade.
/// </summary>
public sealed class SeededRandom(long seed)
{
    private ulong _state = unchecked((ulong)seed);

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, maxExclusive): rejection sampling, so no value is favoured by the modulo.</summary>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive));
        }

        var bound = (ulong)maxExclusive;
        var limit = ulong.MaxValue - (ulong.MaxValue % bound);
        ulong x;
        do
        {
            x = NextUInt64();
        }
        while (x >= limit);
        return (int)(x % bound);
    }

    /// <summary>Fisher–Yates shuffle of a copy.</summary>
    public List<T> Shuffle<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
