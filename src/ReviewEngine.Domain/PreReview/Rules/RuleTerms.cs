using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>
/// Named terms shared by the rule files (terms.json): one list of the words for a thing (an internal unit, a
/// business, a negative file fact) that every pattern names as {{name}}, so a word added once reaches every rule.
/// </summary>
internal static partial class RuleTerms
{
    [GeneratedRegex(@"\{\{(?<name>[^{}]+)\}\}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}A-Za-z0-9-]+$")]
    private static partial Regex Name();

    /// <summary>Reads the terms of every file; names are unique across files and a term does not name another.</summary>
    public static Dictionary<string, string> Collect(IEnumerable<(string FileName, Dictionary<string, string>? Terms)> files)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (fileName, fileTerms) in files)
        {
            foreach (var (name, value) in fileTerms ?? [])
            {
                var path = $"$.terms.{name}";
                if (!Name().IsMatch(name))
                {
                    throw new RuleFileException(fileName, path, "a term name is letters, digits or '-' (no spaces or braces)");
                }
                if (string.IsNullOrWhiteSpace(value))
                {
                    throw new RuleFileException(fileName, path, "empty term");
                }
                if (value.Contains("{{", StringComparison.Ordinal))
                {
                    throw new RuleFileException(fileName, path, "a term may not name another term");
                }
                try
                {
                    _ = new Regex(value, RegexOptions.CultureInvariant);
                }
                catch (ArgumentException ex)
                {
                    throw new RuleFileException(fileName, path, $"invalid regular expression: {ex.Message}");
                }
                if (!owner.TryAdd(name, fileName))
                {
                    throw new RuleFileException(fileName, path, $"duplicate term '{name}' (also in {owner[name]})");
                }
                terms[name] = value;
            }
        }
        return terms;
    }

    /// <summary>Replaces each {{name}} by its term as a non-capturing group.</summary>
    public static string Expand(string pattern, IReadOnlyDictionary<string, string> terms, Func<string, Exception> unknown) =>
        Reference().Replace(pattern, m => terms.TryGetValue(m.Groups["name"].Value, out var value)
            ? $"(?:{value})"
            : throw unknown(m.Groups["name"].Value));
}
