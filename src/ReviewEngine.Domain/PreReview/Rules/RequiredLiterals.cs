using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>
/// The literal strings a regex cannot match without: a conjunction of alternatives, e.g. <c>(收取|缴纳)[^。]{0,9}(费|金)</c>
/// needs one of {收取, 缴纳} and one of {费, 金}. A document lacking them is not searched (most patterns match nowhere,
/// and a failed search costs a pass over the whole text). Conservative: any construct not understood (inline options,
/// conditionals, case-insensitive matching) yields no requirement, so the regex always runs.
/// </summary>
public static class RequiredLiterals
{
    /// <summary>At most this many clauses are kept per regex, the most selective ones.</summary>
    private const int MaxClauses = 3;

    /// <summary>An alternation wider than this is not worth checking literal by literal.</summary>
    private const int MaxAlternatives = 64;

    public static IReadOnlyList<IReadOnlyList<string>> Of(Regex regex) =>
        (regex.Options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0
            ? []
            : Of(regex.ToString());

    public static IReadOnlyList<IReadOnlyList<string>> Of(string pattern)
    {
        try
        {
            var parser = new RequiredLiteralParser(pattern);
            var clauses = parser.Alternation();
            return parser.AtEnd ? Best(clauses) : [];
        }
        catch (NotSupportedException)
        {
            return [];
        }
    }

    internal static List<List<string>> Best(List<List<string>> clauses) =>
        clauses.Where(c => c.Count is > 0 and <= MaxAlternatives)
            .Select(c => c.Distinct(StringComparer.Ordinal).ToList())
            .OrderByDescending(c => c.Min(s => s.Length)).ThenBy(c => c.Count)
            .Take(MaxClauses).ToList();
}
