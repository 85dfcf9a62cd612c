using System.Globalization;
using System.Text;

namespace ReviewEngine.Domain.Reviews;

/// <summary>
/// The name a stored or downloaded file may carry: the last path segment only (a browser on Windows sends
/// <c>C:\Users\…\合同.docx</c>, an attacker <c>..\..\x</c>), without control or bidi-format characters (a right-to-left
/// override turns <c>cod.exe</c> into something that reads like <c>exe.doc</c>), trimmed of spaces and dots.
/// </summary>
public static class SafeFileName
{
    public const string Fallback = "文件";

    public static string From(string? name)
    {
        var raw = name ?? "";
        var lastSeparator = raw.LastIndexOfAny(['/', '\\']);
        var segment = lastSeparator >= 0 ? raw[(lastSeparator + 1)..] : raw;

        var clean = new StringBuilder(segment.Length);
        foreach (var c in segment)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }

            // Characters Windows refuses in a name; a downloaded file must save under the name we give it.
            clean.Append(c is ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        }

        var result = clean.ToString().Trim().Trim('.').Trim();
        return result.Length == 0 ? Fallback : result;
    }
}
