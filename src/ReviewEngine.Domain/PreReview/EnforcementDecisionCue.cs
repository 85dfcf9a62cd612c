using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview;

/// <summary>
/// A 重大行政执法决定 submitted as a 重大行政决策: registrars file a 处罚决定书 or a 限期拆除决定书 under "decision"
/// because it is one. It is read as an enforcement decision: the enforcement checklist's prompts plus the
/// normative-document rules that fit one party's case (ADR 0019 addendum); the conclusion keeps the submitted matter's
/// vocabulary.
/// </summary>
public static partial class EnforcementDecisionCue
{
    // The title names a decision on one party's case: a penalty, an order, a seizure, a demolition, its notice or the
    // end of its execution, and any 决定书 (the form a decision served on a party takes).
    [GeneratedRegex(@"(行政处罚|处罚决定|不予处罚|限期拆除[^\n]{0,20}决定|强制(执行|拆除)[^\n]{0,8}决定|没收[^\n]{0,12}决定|(查封|扣押|责令|罚款|停产|停业)[^\n]{0,20}决定|(终结|中止)执行|强制拆除[^\n]{0,10}公告|催告书|决定书|(强制)?执行申请书|关于对[^\n]{0,30}(违法|违章|违规)[^\n]{0,24}决定)")]
    private static partial Regex Title();

    // A party line (当事人：, 被处罚单位：, 被执行人：), a party block (法定代表人：, 公民身份号码：) or a notice addressed to
    // ××（公民身份号码…）.
    [GeneratedRegex(@"(^|\n)\s*((当事人|被处罚人|受处罚人|被处罚单位|受处罚单位|被执行人|被申请人|违法行为人|行政相对人|相对人|被检查人|被检查单位)(名称|姓名|基本情况)?(（[^）]{0,12}）)?[：:]|(法定代表人|统一社会信用代码|公民身份号码|身份证号码?|经营者姓名)[：:]|[^\n：:]{1,30}[（(](公民身份号码|身份证号码?|统一社会信用代码))")]
    private static partial Regex PartyLine();

    // A decision addressed to one person (黄某某：) or one firm (××有限公司：) on a line of its own.
    [GeneratedRegex(@"(^|\n)\s*[^\n：:，。]{0,16}(某某|某|××|有限公司|经营部|个体工商户)[^\n：:，。]{0,8}[：:]\s*(\n|$)")]
    private static partial Regex AddresseeLine();

    // The party named in the running text (经查，当事人王某某于…) rather than on a line of its own.
    [GeneratedRegex("当事人")]
    private static partial Regex PartyWord();

    // A person described as a decision describes its party (王某某，男，1970年生) or addressed as one (你单位、你户).
    [GeneratedRegex(@"[，,]\s*[男女][，,]|你(单位|公司|户|厂|店)")]
    private static partial Regex PartyDescribed();

    /// <summary>True for a major decision whose title names a decision on one party's case and whose text names that party
    /// (a party line, an addressee line, 当事人 in the running text, or the party described or addressed).</summary>
    public static bool IsEnforcementDecision(PreReviewInput input)
    {
        if (input.Kind != PreReviewKind.MajorDecision)
        {
            return false;
        }
        var firstLine = input.Text.TrimStart().Split('\n', 2)[0];
        return (Title().IsMatch(input.Title ?? string.Empty) || Title().IsMatch(firstLine))
            && (PartyLine().IsMatch(input.Text) || AddresseeLine().IsMatch(input.Text) || PartyWord().Count(input.Text) >= 2
                || PartyDescribed().IsMatch(input.Text));
    }
}
