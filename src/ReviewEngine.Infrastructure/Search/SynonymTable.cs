namespace ReviewEngine.Infrastructure.Search;

/// <summary>Query-time synonyms from templates/synonyms.txt. Lines are <c>a, b, c</c> (each expands to the
/// others) or <c>a =&gt; b, c</c> (one way). Matching is on the raw query text, before segmentation, because
/// SmartCn splits words officials type (拆迁补偿, 厂房用地) differently from the template wording.</summary>
public sealed class SynonymTable
{
    // Latin abbreviations (PPP, BOT) match whatever case was typed.
    private readonly List<(string Term, List<string> Expansions)> _entries;

    private SynonymTable(List<(string, List<string>)> entries) =>
        _entries = entries.OrderByDescending(e => e.Item1.Length).ThenBy(e => e.Item1, StringComparer.Ordinal).ToList();

    public static SynonymTable Empty { get; } = new([]);

    public int Count => _entries.Count;

    public static SynonymTable Load(string path) =>
        File.Exists(path) ? Parse(File.ReadAllLines(path)) : Empty;

    public static SynonymTable Parse(IEnumerable<string> lines)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            var left = Split(arrow < 0 ? line : line[..arrow]);
            var right = arrow < 0 ? left : Split(line[(arrow + 2)..]);
            foreach (var term in left)
            {
                var list = map.TryGetValue(term, out var l) ? l : map[term] = [];
                list.AddRange(right.Where(r => r != term && !list.Contains(r)));
            }
        }

        return new SynonymTable(map.Select(p => (p.Key, p.Value)).ToList());
    }

    /// <summary>The text itself first, then variants with one synonym substituted (longest terms first).</summary>
    public IReadOnlyList<string> Expand(string text, int max = 8)
    {
        var variants = new List<string> { text };
        foreach (var (term, expansions) in _entries)
        {
            if (!text.Contains(term, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var expansion in expansions)
            {
                var variant = text.Replace(term, expansion, StringComparison.OrdinalIgnoreCase);
                if (variants.Count < max && !variants.Contains(variant))
                {
                    variants.Add(variant);
                }
            }
        }

        return variants;
    }

    private static List<string> Split(string part) =>
        part.Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
