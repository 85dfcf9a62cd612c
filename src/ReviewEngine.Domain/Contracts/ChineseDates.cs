namespace ReviewEngine.Domain.Contracts;

/// <summary>Dates as GB/T 9704 writes them in official documents and contracts: Arabic numerals, no leading zeros
/// (2026年3月1日).</summary>
public static class ChineseDates
{
    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Format(DateTime date) => Format(DateOnly.FromDateTime(date));
}
