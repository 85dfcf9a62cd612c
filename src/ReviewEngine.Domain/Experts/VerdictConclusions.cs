using ReviewEngine.Domain.PreReview;

namespace ReviewEngine.Domain.Experts;

/// <summary>
/// Which 审查结论 an expert's verdict argues for (同意 → 合法/同意签订, 修改后同意 → 修改后合法/修改后签订, 不同意 →
/// 不合法/不同意签订), so a letter can tell when its conclusion departs from an expert and must say why (art 20 of
/// 浙江省行政合法性审查工作规定 asks for differing views to be answered).
/// </summary>
public static class VerdictConclusions
{
    public static ExpertVerdict? For(string conclusion) =>
        PreReviewConclusions.TryParse(conclusion, out var c)
            ? c switch
            {
                PreReviewConclusion.Lawful => ExpertVerdict.Agree,
                PreReviewConclusion.LawfulAfterRevision => ExpertVerdict.AgreeWithChanges,
                PreReviewConclusion.Unlawful => ExpertVerdict.Disagree,
                _ => null,
            }
            : null;

    /// <summary>True when the conclusion is not the one the verdict argues for (unknown conclusions never depart).</summary>
    public static bool Departs(ExpertVerdict verdict, string conclusion) => For(conclusion) is { } argued && argued != verdict;
}
