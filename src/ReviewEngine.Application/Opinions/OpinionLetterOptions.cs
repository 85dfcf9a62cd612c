using ReviewEngine.Domain.Organisations;

namespace ReviewEngine.Application.Opinions;

/// <summary>
/// Who issues letters, per organisation id (appsettings <c>ReviewEngine:OpinionLetters:Organisations:&lt;id&gt;</c>).
/// An organisation not configured issues under its own name with numbers from its short name, so the 文号 prefix and
/// the seal always belong to the same body (罗埠镇人民政府 → 罗埠审〔2026〕1号).
/// </summary>
public sealed class OpinionLetterOptions
{
    public const string Section = "ReviewEngine:OpinionLetters";

    /// <summary>The CaseDocument purpose under which issued letters are stored.</summary>
    public const string DocumentPurpose = "opinionLetter";

    public const string DefaultNumberFormat = "{short}审〔{year}〕{seq}号";
    public const string DefaultCaseNumberFormat = "{short}审受〔{year}〕{seq}号";

    public Dictionary<string, IssuingBodySettings> Organisations { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public IssuingBody For(string organisationId, string organisationName)
    {
        var configured = Organisations.GetValueOrDefault(organisationId);
        var seal = Blank(configured?.SealName) ?? organisationName;
        var shortName = Blank(configured?.ShortName) ?? OrganisationNames.Short(seal);
        return new IssuingBody(
            seal,
            (Blank(configured?.NumberFormat) ?? DefaultNumberFormat).Replace("{short}", shortName),
            (Blank(configured?.CaseNumberFormat) ?? DefaultCaseNumberFormat).Replace("{short}", shortName));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
