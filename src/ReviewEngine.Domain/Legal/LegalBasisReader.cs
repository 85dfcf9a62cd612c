using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.Legal;

/// <summary>
/// Reads the legal basis a reviewer or a rule wrote ("行政协议规定第二十六条", "《行政处罚法》第十六条；《公平竞争审查条例》第十条")
/// into citations by full title, and merges the bases of a letter: one entry per source, articles deduplicated,
/// sources in the order of <see cref="LegalRank"/> (then first mention).
/// </summary>
public static partial class LegalBasisReader
{
    [GeneratedRegex("《((?:[^《》]|《[^《》]*》)+)》(?:[（(]([^（）()]*?号)[）)])?")]
    private static partial Regex BracketedTitle();

    [GeneratedRegex(@"第[一二三四五六七八九十百千零〇两\d]+条(?:之[一二三四五六七八九十]+)?(?:第[一二三四五六七八九十\d]+款)?(?:第[（(]?[一二三四五六七八九十\d]+[）)]?项)?")]
    private static partial Regex Article();

    [GeneratedRegex(@"^(?:[\s、，,和及与]*第[一二三四五六七八九十百千零〇两\d]+条(?:之[一二三四五六七八九十]+)?(?:第[一二三四五六七八九十\d]+款)?(?:第[（(]?[一二三四五六七八九十\d]+[）)]?项)?)+")]
    private static partial Regex LeadingArticles();

    [GeneratedRegex(@"^(?<law>.+?)(?<art>第[一二三四五六七八九十百千零〇两\d]+条.*)?$")]
    private static partial Regex BareBasis();

    public static IReadOnlyList<LegalCitation> Read(string? text, LegalSourceCatalogue? catalogue = null) =>
        Merge([text], catalogue);

    public static IReadOnlyList<LegalCitation> Merge(IEnumerable<string?> texts, LegalSourceCatalogue? catalogue = null)
    {
        var known = catalogue ?? LegalSourceCatalogue.Default;
        var order = new List<string>();
        var merged = new Dictionary<string, (LegalSource Source, List<string> Articles)>(StringComparer.Ordinal);
        foreach (var (source, articles) in texts.Where(t => !string.IsNullOrWhiteSpace(t)).SelectMany(t => Mentions(t!.Trim(), known)))
        {
            if (!merged.TryGetValue(source.Title, out var entry))
            {
                entry = (source, []);
                merged[source.Title] = entry;
                order.Add(source.Title);
            }

            entry.Articles.AddRange(articles.Where(a => !entry.Articles.Contains(a)));
        }

        return order.Select((title, i) => (Entry: merged[title], Index: i))
            .OrderBy(x => x.Entry.Source.Rank).ThenBy(x => x.Index)
            .Select(x => new LegalCitation(x.Entry.Source, x.Entry.Articles)).ToList();
    }

    private static IEnumerable<(LegalSource Source, IReadOnlyList<string> Articles)> Mentions(string text, LegalSourceCatalogue catalogue)
    {
        var found = new List<(int Start, int End, LegalSource Source)>();
        foreach (Match m in BracketedTitle().Matches(text))
        {
            var title = m.Groups[1].Value;
            var number = m.Groups[2].Success ? m.Groups[2].Value : null;
            found.Add((m.Index, m.Index + m.Length, catalogue.Find(title) ?? catalogue.Resolve(title, number)));
        }

        foreach (var name in catalogue.Names)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                if (!found.Any(f => at < f.End && end > f.Start))
                {
                    found.Add((at, end, catalogue.Find(name)!));
                }
            }
        }

        if (found.Count == 0)
        {
            var bare = BareBasis().Match(text.Trim('。', '；', ';', ' '));
            var law = bare.Groups["law"].Value.Trim(' ', '，', '、', '：');
            return law.Length == 0 ? [] : [(catalogue.Resolve(law), ArticlesIn(bare.Groups["art"].Value))];
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found.Select((f, i) =>
        {
            var next = i + 1 < found.Count ? found[i + 1].Start : text.Length;
            var following = text[f.End..next];
            return (f.Source, ArticlesIn(LeadingArticles().Match(following).Value));
        }).ToList();
    }

    private static IReadOnlyList<string> ArticlesIn(string text) =>
        Article().Matches(text).Select(m => m.Value).Distinct().ToList();
}
