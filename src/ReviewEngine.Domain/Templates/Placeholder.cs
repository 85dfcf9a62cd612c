using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.Templates;

/// <summary>The <c>{{fieldName}}</c> placeholder syntax shared by clauses.md and user-supplied Word templates.</summary>
public static partial class Placeholder
{
    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex PlaceholderRegex();

    public static IEnumerable<string> Names(string text) =>
        PlaceholderRegex().Matches(text).Select(m => m.Groups[1].Value);

    public static string Replace(string text, Func<string, string> value) =>
        PlaceholderRegex().Replace(text, m => value(m.Groups[1].Value));

    /// <summary>True when braces remain after removing well-formed placeholders, e.g. <c>{{ 金额 }}</c> or <c>{{a}</c>.</summary>
    public static bool HasMalformed(string text) =>
        PlaceholderRegex().Replace(text, "").Contains("{{") || PlaceholderRegex().Replace(text, "").Contains("}}");
}
