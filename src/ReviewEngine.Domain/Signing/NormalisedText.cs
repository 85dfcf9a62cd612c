using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.Signing;

/// <summary>
/// A contract text reduced to what a signatory agrees to: NFKC folds full-width letters, digits and most punctuation to
/// their half-width forms, the remaining CJK marks (。、“”…) map to one form each, and all whitespace (spaces, U+3000,
/// tabs, line breaks) and page furniture (第1页 共3页, - 2 -) goes. The same words in a .docx and in a .txt, wrapped
/// or spaced differently, give the same <see cref="Hash"/>. <see cref="Paragraphs"/> keep the original paragraphs
/// (normalised each) so a difference can be located.
/// </summary>
public sealed partial class NormalisedText
{
    private static readonly Dictionary<char, char> Marks = new()
    {
        ['。'] = '.',
        ['、'] = ',',
        ['“'] = '"',
        ['”'] = '"',
        ['‘'] = '\'',
        ['’'] = '\'',
        ['「'] = '"',
        ['」'] = '"',
        ['『'] = '"',
        ['』'] = '"',
        ['【'] = '[',
        ['】'] = ']',
        ['〔'] = '[',
        ['〕'] = ']',
        ['—'] = '-',
        ['－'] = '-',
        ['–'] = '-',
        ['…'] = '.',
        ['·'] = '.',
        ['〈'] = '<',
        ['〉'] = '>',
    };

    private NormalisedText(IReadOnlyList<string> original, IReadOnlyList<string> paragraphs)
    {
        Original = original;
        Paragraphs = paragraphs;
        Joined = string.Concat(paragraphs);
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Joined)));
    }

    /// <summary>The non-empty paragraphs as written (trimmed), parallel to <see cref="Paragraphs"/>.</summary>
    public IReadOnlyList<string> Original { get; }

    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>SHA-256 (lower-case hex) of the normalised paragraphs joined without separators.</summary>
    public string Hash { get; }

    internal string Joined { get; }

    public static NormalisedText Of(string text)
    {
        var original = new List<string>();
        var paragraphs = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var normal = Normalise(line);
            if (normal.Length > 0 && !PageFurniture().IsMatch(normal))
            {
                original.Add(line.Trim());
                paragraphs.Add(normal);
            }
        }

        return new NormalisedText(original, paragraphs);
    }

    public static string Normalise(string line)
    {
        var folded = line.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var ch in folded)
        {
            if (char.IsWhiteSpace(ch) || ch is '\u200b' or '\ufeff')
            {
                continue;
            }

            sb.Append(Marks.GetValueOrDefault(ch, ch));
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^(第\d+页(,?共\d+页)?|共\d+页,?第\d+页|-\d+-|\d+/\d+)$")]
    private static partial Regex PageFurniture();
}
