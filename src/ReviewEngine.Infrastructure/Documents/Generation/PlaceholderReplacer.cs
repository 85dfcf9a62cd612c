using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>
/// Replaces <c>{{field}}</c> in one paragraph even when Word split it over several runs (stack.md §4): the
/// paragraph's texts are joined, matches are handled right to left, the value goes into the first text the match
/// touches (keeping that run's formatting), the consumed characters are cut from the following texts, and runs
/// left empty are removed.
/// </summary>
internal static partial class PlaceholderReplacer
{
    [GeneratedRegex(@"\{\{\s*([^{}]+?)\s*\}\}")]
    private static partial Regex PlaceholderRegex();

    /// <summary>Returns the names replaced; unknown names stay in the text for the caller to report.</summary>
    public static IEnumerable<string> Replace(Paragraph paragraph, IReadOnlyDictionary<string, string> values)
    {
        var texts = paragraph.Descendants<Text>().ToList();
        if (texts.Count == 0)
        {
            return [];
        }

        var starts = new int[texts.Count];
        var joined = new StringBuilder();
        for (var i = 0; i < texts.Count; i++)
        {
            starts[i] = joined.Length;
            joined.Append(texts[i].Text);
        }

        var replaced = new List<string>();
        var emptied = new HashSet<Text>();
        foreach (var match in PlaceholderRegex().Matches(joined.ToString()).Reverse())
        {
            var name = match.Groups[1].Value;
            if (values.TryGetValue(name, out var value))
            {
                Splice(texts, starts, match.Index, match.Index + match.Length, value, emptied);
                replaced.Add(name);
            }
        }

        RemoveEmptyRuns(emptied);
        return replaced;
    }

    private static void Splice(List<Text> texts, int[] starts, int from, int to, string value, HashSet<Text> emptied)
    {
        var first = LastIndexAtOrBefore(starts, from);
        var last = LastIndexAtOrBefore(starts, to - 1);
        for (var i = last; i >= first; i--)
        {
            var t = texts[i];
            var localFrom = Math.Max(from - starts[i], 0);
            var localTo = Math.Min(to - starts[i], t.Text.Length);
            t.Text = t.Text[..localFrom] + (i == first ? value : "") + t.Text[localTo..];
            t.Space = SpaceProcessingModeValues.Preserve;
            if (t.Text.Length == 0)
            {
                emptied.Add(t);
            }
        }
    }

    private static int LastIndexAtOrBefore(int[] starts, int offset)
    {
        var index = 0;
        for (var i = 0; i < starts.Length && starts[i] <= offset; i++)
        {
            index = i;
        }

        return index;
    }

    private static void RemoveEmptyRuns(HashSet<Text> emptied)
    {
        foreach (var text in emptied.Where(t => t.Text.Length == 0))
        {
            var run = text.Parent as Run;
            text.Remove();
            if (run is not null && !run.ChildElements.Any(c => c is not RunProperties))
            {
                run.Remove();
            }
        }
    }
}
