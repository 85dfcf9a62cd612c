namespace ReviewEngine.Domain.PreReview;

/// <summary>Chinese wire labels of <see cref="PreReviewConclusion"/>, as used in the CLI contract and opinions.</summary>
public static class PreReviewConclusions
{
    public static string ToLabel(PreReviewConclusion conclusion) => conclusion switch
    {
        PreReviewConclusion.Lawful => "合法",
        PreReviewConclusion.LawfulAfterRevision => "修改后合法",
        PreReviewConclusion.Unlawful => "不合法",
        _ => "不属于审查范围",
    };

    public static string SeverityName(FindingSeverity severity) => severity.ToString().ToUpperInvariant();

    public static string CurabilityName(Curability curability) =>
        curability == Curability.NotCurable ? "NOT_CURABLE" : "SEVERABLE";
}
