using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview;

/// <summary>
/// A 重大行政执法决定 submitted as a 重大行政决策: registrars file a 处罚决定书 or a 限期拆除决定书 under "decision"
/// because it is one. It is reviewed against the enforcement checklist (subject, power, facts, evidence, procedure,
/// law, discretion), which is what a reviewer reads it by; the conclusion keeps the submitted matter's vocabulary.
/// </summary>
public static partial class EnforcementDecisionCue
{
    // The title names a decision on one party's case; the text names that party (当事人：).
    [GeneratedRegex(@"(行政处罚|处罚决定|不予处罚|限期拆除[^\n]{0,20}决定|强制(执行|拆除)[^\n]{0,8}决定|责令[^\n]{0,16}决定书|没收[^\n]{0,12}决定)")]
    private static partial Regex Title();

    [GeneratedRegex(@"(^|\n)\s*(当事人|被处罚人|违法行为人)(（[^）]{0,12}）)?[：:]")]
    private static partial Regex PartyLine();

    /// <summary>True for a major decision whose title names a decision on one party's case and whose text names that party.</summary>
    public static bool IsEnforcementDecision(PreReviewInput input)
    {
        if (input.Kind != PreReviewKind.MajorDecision)
        {
            return false;
        }
        var firstLine = input.Text.TrimStart().Split('\n', 2)[0];
        return (Title().IsMatch(input.Title ?? string.Empty) || Title().IsMatch(firstLine)) && PartyLine().IsMatch(input.Text);
    }
}
