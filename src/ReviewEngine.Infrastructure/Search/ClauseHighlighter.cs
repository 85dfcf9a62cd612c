using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace ReviewEngine.Infrastructure.Search;

/// <summary>Marks matched words with 【】 in the best one or two fragments of a clause. Falls back to the opening
/// of the clause so every result shows some text.</summary>
internal static class ClauseHighlighter
{
    private const int FragmentChars = 60;
    private const int MaxFragments = 2;

    public static IReadOnlyList<string> Fragments(Analyzer analyzer, Query query, string text)
    {
        var scorer = new QueryScorer(query, SearchFields.Body);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("【", "】"), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentChars),
        };
        using var stream = analyzer.GetTokenStream(SearchFields.Body, text);
        var fragments = highlighter.GetBestFragments(stream, text, MaxFragments)
            .Select(f => f.Replace('\n', ' ').Trim())
            .Where(f => f.Length > 0)
            .ToList();
        return fragments.Count > 0 ? fragments : [Opening(text)];
    }

    private static string Opening(string text)
    {
        var flat = text.Replace('\n', ' ');
        return flat.Length <= FragmentChars ? flat : flat[..FragmentChars] + "…";
    }
}
