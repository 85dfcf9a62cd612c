namespace ReviewEngine.Domain.PreReview;

/// <summary>
/// Chinese wire labels of <see cref="PreReviewConclusion"/>, as used in the CLI contract and opinions, in the
/// vocabulary of the matter: normative documents and decisions 合法 / 修改后合法 / 不合法; contracts (行政协议 and
/// 机关合同) 同意签订 / 修改后签订 / 不同意签订.
/// </summary>
public static class PreReviewConclusions
{
    public static string ToLabel(PreReviewConclusion conclusion) => ToLabel(conclusion, PreReviewKind.NormativeDoc);

    public static string ToLabel(PreReviewConclusion conclusion, PreReviewKind kind) => (conclusion, IsContract(kind)) switch
    {
        (PreReviewConclusion.Lawful, false) => "合法",
        (PreReviewConclusion.LawfulAfterRevision, false) => "修改后合法",
        (PreReviewConclusion.Unlawful, false) => "不合法",
        (PreReviewConclusion.Lawful, true) => "同意签订",
        (PreReviewConclusion.LawfulAfterRevision, true) => "修改后签订",
        (PreReviewConclusion.Unlawful, true) => "不同意签订",
        _ => "不属于审查范围",
    };

    public static bool IsContract(PreReviewKind kind) => kind is PreReviewKind.AdminAgreement or PreReviewKind.AgencyCivilContract;

    /// <summary>A label in the matter's vocabulary; a contract labelled 合法/修改后合法/不合法 (older data) is translated.</summary>
    public static string InVocabularyOf(PreReviewKind kind, string label)
    {
        foreach (var conclusion in Enum.GetValues<PreReviewConclusion>())
        {
            if (ToLabel(conclusion, PreReviewKind.NormativeDoc) == label || ToLabel(conclusion, PreReviewKind.AdminAgreement) == label)
            {
                return ToLabel(conclusion, kind);
            }
        }
        throw new FormatException($"unknown conclusion \"{label}\"");
    }

    public static string SeverityName(FindingSeverity severity) => severity.ToString().ToUpperInvariant();

    public static string CurabilityName(Curability curability) =>
        curability == Curability.NotCurable ? "NOT_CURABLE" : "SEVERABLE";
}
