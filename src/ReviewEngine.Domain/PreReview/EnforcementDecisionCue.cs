using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview;

/// <summary>
/// A 重大行政执法决定 submitted as a 重大行政决策: registrars file a 处罚决定书 or a 限期拆除决定书 under "decision"
/// because it is one. It is reviewed against the enforcement checklist (subject, power, facts, evidence, procedure,
/// law, discretion), which is what a reviewer reads it by; the conclusion keeps the submitted matter's vocabulary.
/// </summary>
public static partial class EnforcementDecisionCue
{
    // The title names a decision on one party's case (a penalty, an order, a seizure, a demolition, its notice or
    // the end of its execution); the text names that party (当事人：, 当事人名称：, 被执行人：, or a notice addressed to ××（公民身份号码…）).
    [GeneratedRegex(@"(行政处罚|处罚决定|不予处罚|限期拆除[^\n]{0,20}决定|强制(执行|拆除)[^\n]{0,8}决定|责令[^\n]{0,16}决定书|没收[^\n]{0,12}决定|(查封|扣押|责令|罚款|停产|停业)[^\n]{0,20}决定|(终结|中止)执行|强制拆除[^\n]{0,10}公告|催告书)")]
    private static partial Regex Title();

    [GeneratedRegex(@"(^|\n)\s*((当事人|被处罚人|被执行人|违法行为人|行政相对人)(名称|姓名|基本情况)?(（[^）]{0,12}）)?[：:]|[^\n：:]{1,30}[（(](公民身份号码|身份证号码?|统一社会信用代码))")]
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
