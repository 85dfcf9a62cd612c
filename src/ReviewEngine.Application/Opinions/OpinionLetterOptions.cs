namespace ReviewEngine.Application.Opinions;

/// <summary>How letters are numbered. <c>{year}</c> is the issue year, <c>{seq}</c> the letter's sequence in that year.</summary>
public sealed record OpinionLetterOptions(string NumberFormat = OpinionLetterOptions.DefaultNumberFormat)
{
    public const string DefaultNumberFormat = "婺合审〔{year}〕{seq}号";

    /// <summary>The CaseDocument purpose under which issued letters are stored.</summary>
    public const string DocumentPurpose = "opinionLetter";

    public string FormatNumber(int year, int sequence) =>
        NumberFormat.Replace("{year}", year.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{seq}", sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
