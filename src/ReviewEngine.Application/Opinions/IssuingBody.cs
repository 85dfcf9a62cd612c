using System.Globalization;

namespace ReviewEngine.Application.Opinions;

/// <summary>The body whose seal a letter carries, with its number patterns (already holding its short name).</summary>
public sealed record IssuingBody(string SealName, string NumberFormat, string CaseNumberFormat)
{
    public string LetterNumber(int year, int sequence) => Format(NumberFormat, year, sequence);

    public string CaseNumber(int year, int sequence) => Format(CaseNumberFormat, year, sequence);

    private static string Format(string pattern, int year, int sequence) =>
        pattern.Replace("{year}", year.ToString(CultureInfo.InvariantCulture)).Replace("{seq}", sequence.ToString(CultureInfo.InvariantCulture));
}
