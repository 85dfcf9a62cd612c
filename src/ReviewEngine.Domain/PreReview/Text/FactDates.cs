using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Text;

/// <summary>A date in a fact's value as a registrar writes it: 2026-05-08, 2026.5.8, 2026/5/8 or 2026年5月8日.</summary>
public static partial class FactDates
{
    [GeneratedRegex(@"(?<y>\d{4})[-./](?<m>\d{1,2})[-./](?<d>\d{1,2})")]
    private static partial Regex NumericDate();

    public static DateOnly? Parse(string value)
    {
        var numeric = NumericDate().Match(value);
        if (numeric.Success
            && DateOnly.TryParseExact($"{numeric.Groups["y"].Value}-{int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture):00}-{int.Parse(numeric.Groups["d"].Value, CultureInfo.InvariantCulture):00}",
                "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        return ChineseDate.TryFind(value, out var written) ? written : null;
    }
}
