using System.Globalization;

namespace ReviewEngine.Domain.Normative;

/// <summary>
/// The metadata a normative document's lifecycle reads, checked when the case is submitted: a stored value the
/// lifecycle cannot compute with (validityYears "9000" ran DateOnly past year 9999) once made the 规范性文件 list and
/// the reminder pass fail for everyone (issue 18 H2).
/// </summary>
public static class NormativeMetadata
{
    public const string EffectiveOn = "effectiveOn";
    public const string ValidUntil = "validUntil";
    public const string ValidityYears = "validityYears";

    // Far enough either side for any real document, near enough that adding years never leaves DateOnly's range.
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2199, 12, 31);

    /// <summary>Every problem, each naming its field as <c>metadata.&lt;key&gt;</c>; empty when the metadata is usable.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyDictionary<string, string> metadata, int maxValidityYears)
    {
        var problems = new List<string>();
        if (metadata.TryGetValue(ValidityYears, out var years)
            && !(int.TryParse(years, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= maxValidityYears))
        {
            problems.Add($"metadata.{ValidityYears}: 有效期须为 1 到 {maxValidityYears} 的整数年（收到 '{years}'）");
        }

        var effective = CheckDate(metadata, EffectiveOn, problems);
        var until = CheckDate(metadata, ValidUntil, problems);
        if (effective is { } from && until is { } to && (to < from || to > from.AddYears(maxValidityYears)))
        {
            problems.Add($"metadata.{ValidUntil}: 有效期截止日须在施行日期之后 {maxValidityYears} 年以内（收到 '{metadata[ValidUntil]}'）");
        }

        return problems;
    }

    private static DateOnly? CheckDate(IReadOnlyDictionary<string, string> metadata, string key, List<string> problems)
    {
        if (!metadata.TryGetValue(key, out var value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date >= Earliest && date <= Latest)
        {
            return date;
        }

        problems.Add($"metadata.{key}: 须为 2000–2199 年间 yyyy-MM-dd 格式的日期（收到 '{value}'）");
        return null;
    }
}
