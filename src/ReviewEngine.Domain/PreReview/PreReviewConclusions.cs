namespace ReviewEngine.Domain.PreReview;

/// <summary>
/// Chinese wire labels of <see cref="PreReviewConclusion"/>, as used in the CLI contract and opinions, in the
/// vocabulary of the matter: normative documents and decisions 合法 / 修改后合法 / 不合法; contracts (行政协议 and
/// 机关合同) 同意签订 / 修改后签订 / 不同意签订.
/// </summary>
public static class PreReviewConclusions
{
    public static string ToLabel(PreReviewConclusion conclusion) => ToLabel(conclusion, PreReviewKind.NormativeDoc);

    public static string ToLabel(PreReviewConclusion conclusion, PreReviewKind kind) => (conclusion, Vocabulary(kind)) switch
    {
        (PreReviewConclusion.Lawful, 0) => "合法",
        (PreReviewConclusion.LawfulAfterRevision, 0) => "修改后合法",
        (PreReviewConclusion.Unlawful, 0) => "不合法",
        (PreReviewConclusion.Lawful, 1) => "同意签订",
        (PreReviewConclusion.LawfulAfterRevision, 1) => "修改后签订",
        (PreReviewConclusion.Unlawful, 1) => "不同意签订",
        (PreReviewConclusion.Lawful, 2) => "同意",
        (PreReviewConclusion.LawfulAfterRevision, 2) => "建议修改",
        (PreReviewConclusion.Unlawful, 2) => "不同意",
        _ => "不属于审查范围",
    };

    public static bool IsContract(PreReviewKind kind) => kind is PreReviewKind.AdminAgreement or PreReviewKind.AgencyCivilContract;

    // 0: documents and decisions; 1: contracts; 2: 重大行政执法决定 (法制审核意见 同意 / 建议修改 / 不同意).
    private static int Vocabulary(PreReviewKind kind) => IsContract(kind) ? 1 : kind == PreReviewKind.MajorEnforcement ? 2 : 0;

    private static readonly PreReviewKind[] Vocabularies = [PreReviewKind.NormativeDoc, PreReviewKind.AdminAgreement, PreReviewKind.MajorEnforcement];

    /// <summary>The conclusion a label names in any matter's vocabulary.</summary>
    public static bool TryParse(string? label, out PreReviewConclusion conclusion)
    {
        foreach (var c in Enum.GetValues<PreReviewConclusion>())
        {
            if (Vocabularies.Any(k => ToLabel(c, k) == label))
            {
                conclusion = c;
                return true;
            }
        }

        conclusion = default;
        return false;
    }

    /// <summary>A label in the matter's vocabulary; a contract labelled 合法/修改后合法/不合法 (older data) is translated.</summary>
    public static string InVocabularyOf(PreReviewKind kind, string label) =>
        TryParse(label, out var conclusion) ? ToLabel(conclusion, kind) : throw new FormatException($"unknown conclusion \"{label}\"");

    public static string SeverityName(FindingSeverity severity) => severity.ToString().ToUpperInvariant();

    public static string CurabilityName(Curability curability) =>
        curability == Curability.NotCurable ? "NOT_CURABLE" : "SEVERABLE";
}
