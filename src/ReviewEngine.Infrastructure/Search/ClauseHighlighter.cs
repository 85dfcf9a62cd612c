using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace ReviewEngine.Infrastructure.Search;

/// <summary>Marks matched words with 【】 in the best one or two fragments of a clause. Falls back to the opening
/// of the clause so every result shows some text.</summary>
internal static class ClauseHighlighter
{
    private const int FragmentChars = 60;
    private const int MaxFragments = 2;

    /// <summary>Fragments of the body of document <paramref name="docId"/>, tokens read from its term vector
    /// (the analyzer is only used for documents indexed without one).</summary>
    public static IReadOnlyList<string> Fragments(IndexReader reader, int docId, Analyzer analyzer, Query query, string text)
    {
        using var stream = TokenSources.GetAnyTokenStream(reader, docId, SearchFields.Body, analyzer);
        return Fragments(stream, query, text);
    }

    private static IReadOnlyList<string> Fragments(TokenStream stream, Query query, string text)
    {
        var highlighter = new Highlighter(new SimpleHTMLFormatter("【", "】"), new QueryTermScorer(query, SearchFields.Body))
        {
            TextFragmenter = new SimpleFragmenter(FragmentChars),
        };
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
