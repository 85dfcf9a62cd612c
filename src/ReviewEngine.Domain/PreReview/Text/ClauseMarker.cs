using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Text;

/// <summary>Recognises the numbering that starts a clause line: 第X条, 第X章, 一、, （一）, 1. / 1、.</summary>
internal static partial class ClauseMarker
{
    public enum Kind
    {
        None,
        Chapter,
        Article,
        Chinese,
        Paren,
        Arabic,
    }

    private const string Numeral = "[一二三四五六七八九十百零〇两]+";

    [GeneratedRegex(@"^\s*(?<label>第" + Numeral + @"章)")]
    private static partial Regex ChapterRegex();

    [GeneratedRegex(@"^\s*(?<label>第(" + Numeral + @"|\d+)条)")]
    private static partial Regex ArticleRegex();

    [GeneratedRegex(@"^\s*(?<label>" + Numeral + @")\s*[、.．]")]
    private static partial Regex ChineseRegex();

    [GeneratedRegex(@"^\s*(?<label>[（(]" + Numeral + @"[）)])")]
    private static partial Regex ParenRegex();

    [GeneratedRegex(@"^\s*(?<label>\d{1,2})\s*(?:[、．]|\.(?!\d))")]
    private static partial Regex ArabicRegex();

    public static (Kind Kind, string Label) Match(string line)
    {
        (Kind, Regex)[] candidates =
        [
            (Kind.Chapter, ChapterRegex()),
            (Kind.Article, ArticleRegex()),
            (Kind.Chinese, ChineseRegex()),
            (Kind.Paren, ParenRegex()),
            (Kind.Arabic, ArabicRegex()),
        ];
        foreach (var (kind, regex) in candidates)
        {
            var match = regex.Match(line);
            if (match.Success)
            {
                var label = match.Groups["label"].Value.Replace('(', '（').Replace(')', '）');
                return (kind, label);
            }
        }
        return (Kind.None, string.Empty);
    }
}
