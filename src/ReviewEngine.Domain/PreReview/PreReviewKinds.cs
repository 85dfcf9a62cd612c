namespace ReviewEngine.Domain.PreReview;

/// <summary>Maps the wire names used by the CLI contract and the rule files to <see cref="PreReviewKind"/>.</summary>
public static class PreReviewKinds
{
    private static readonly Dictionary<string, PreReviewKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NORMATIVE_DOC"] = PreReviewKind.NormativeDoc,
        ["ADMIN_AGREEMENT"] = PreReviewKind.AdminAgreement,
        ["AGENCY_CIVIL_CONTRACT"] = PreReviewKind.AgencyCivilContract,
        ["OUT_OF_SCOPE"] = PreReviewKind.OutOfScope,
        ["MAJOR_DECISION"] = PreReviewKind.MajorDecision,
        ["MAJOR_ENFORCEMENT"] = PreReviewKind.MajorEnforcement,
    };

    public static IReadOnlyCollection<string> WireNames => ByName.Keys;

    public static bool TryParse(string? name, out PreReviewKind kind)
    {
        kind = default;
        return name is not null && ByName.TryGetValue(name.Trim(), out kind);
    }

    public static string ToWireName(PreReviewKind kind) => ByName.First(pair => pair.Value == kind).Key;

    public static bool IsContract(PreReviewKind kind) =>
        kind is PreReviewKind.AdminAgreement or PreReviewKind.AgencyCivilContract;
}
