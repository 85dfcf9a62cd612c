using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Text;

/// <summary>Finds dates written as 2026年5月20日 or 二〇二六年五月二十日.</summary>
public static partial class ChineseDate
{
    public const string Pattern =
        @"(?<y>\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日";

    [GeneratedRegex(Pattern)]
    private static partial Regex DateRegex();

    public static bool TryParse(Match match, out DateOnly date)
    {
        date = default;
        if (!ChineseNumber.TryParse(match.Groups["y"].Value, out var year)
            || !ChineseNumber.TryParse(match.Groups["m"].Value, out var month)
            || !ChineseNumber.TryParse(match.Groups["d"].Value, out var day))
        {
            return false;
        }
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    public static bool TryFind(string text, out DateOnly date)
    {
        date = default;
        var match = DateRegex().Match(text);
        return match.Success && TryParse(match, out date);
    }

    /// <summary>True when the line is nothing but a date, as in a signature block.</summary>
    public static bool IsDateLine(string line)
    {
        var match = DateRegex().Match(line);
        return match.Success && match.Value.Length >= line.Trim().Length - 1;
    }
}
