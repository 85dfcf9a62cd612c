using ReviewEngine.Domain.PreReview;
using ReviewEngine.Domain.PreReview.Rules;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>
/// Issue 15 item 5: every rule's lawful rewrite, put in place of its violating example, passes precheck with no finding
/// of that rule and no new BLOCKING/MAJOR finding. The example and the rewrite are data on the rule (rewrite).
/// </summary>
public sealed class RuleRewriteTests
{
    // Rules with nothing in the text to rewrite: form metadata (materials, comment period, fair-competition review,
    // credit check, authorisation, major-matter procedures, publication and filing), the nature prompt and the scope decision (the document is returned, not rewritten).
    private static readonly string[] NoTextToRewrite = ["C-TYPE-01", "C-FC-03", "C-SUBJ-03", "C-SUBJ-04", "C-FORM-02", "N-SCOPE-01", "N-PROC-01", "N-PROC-02", "N-PROC-03", "N-PROC-04", "N-PUB-01"];

    private const string ContractDocument =
        "《××智能装备产业园项目投资协议》\n甲方：××镇人民政府\n乙方：××智能装备有限公司\n"
        + "第一条 {clause}\n"
        + "第二条 因国家利益、社会公共利益需要，甲方可以依法变更或者解除本协议，由此给乙方造成损失的，依法予以补偿。\n"
        + "第三条 乙方对甲方履行本协议的行为不服的，可以依法申请行政复议或者提起行政诉讼。\n"
        + "第四条 本协议自双方签字盖章之日起生效。";

    private const string NormativeDocument =
        "《××镇关于规范农村人居环境管理的办法》\n第一条 为改善农村人居环境，结合本镇实际，制定本办法。\n"
        + "第二条 {clause}\n第三条 本办法由××镇人民政府负责解释。\n第四条 本办法自2026年6月1日起施行，有效期三年。";

    private static readonly PreReviewMeta NormativeMeta = new()
    {
        Issuer = "××镇人民政府",
        DraftedOn = new DateOnly(2026, 4, 20),
        PublicCommentDays = 30,
        FairCompetitionReview = true,
        Attachments = ["起草说明", "制定依据", "征求意见及采纳情况"],
    };

    private static readonly PreReviewMeta ContractMeta = new() { FairCompetitionReview = true };

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleFixture.LoadRules().Rules.Where(r => !NoTextToRewrite.Contains(r.Id)))
        {
            data.Add(rule.Id);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void TheRewriteInPlaceOfTheViolatingExamplePassesTheRule(string ruleId)
    {
        var rule = RuleFixture.LoadRules().Rules.Single(r => r.Id == ruleId);
        var rewrite = rule.Rewrite;
        Assert.True(rewrite is not null, $"{ruleId} has no rewrite (example and replacement) in its rule file");

        var kind = rewrite.Kind ?? rule.Kinds.Order().First();
        var contract = kind is PreReviewKind.AdminAgreement or PreReviewKind.AgencyCivilContract;
        var document = rewrite.Document ?? (contract ? ContractDocument : NormativeDocument);
        var meta = Merge(contract ? ContractMeta : NormativeMeta, rewrite.Meta);

        var before = RuleFixture.Analyze(kind, document.Replace("{clause}", rewrite.Example, StringComparison.Ordinal), meta);
        var flagged = before.Findings.Where(f => f.RuleId == ruleId).ToList();
        Assert.True(flagged.Count > 0, $"{ruleId}: the example does not fire the rule: {rewrite.Example}");
        Assert.All(flagged, f => Assert.False(string.IsNullOrEmpty(f.Replacement)));

        var replacement = rewrite.ReplacementFor([]);
        var after = RuleFixture.Analyze(kind, document.Replace("{clause}", replacement, StringComparison.Ordinal), meta);
        var still = after.Findings.Where(f => f.RuleId == ruleId && f.Severity >= FindingSeverity.Advice).Select(f => f.Excerpt).ToList();
        Assert.True(still.Count == 0, $"{ruleId}: the rewrite still fires the rule: {string.Join(" | ", still)}");
        var serious = before.Findings.Where(f => f.Severity >= FindingSeverity.Major).Select(f => f.RuleId).ToHashSet();
        var added = after.Findings.Where(f => f.Severity >= FindingSeverity.Major && !serious.Contains(f.RuleId)).Select(f => $"{f.RuleId} {f.Excerpt}").ToList();
        Assert.True(added.Count == 0, $"{ruleId}: the rewrite raises new BLOCKING/MAJOR findings: {string.Join(" | ", added)}");
    }

    private static PreReviewMeta Merge(PreReviewMeta baseMeta, PreReviewMeta over) => baseMeta with
    {
        Issuer = over.Issuer ?? baseMeta.Issuer,
        DraftedOn = over.DraftedOn ?? baseMeta.DraftedOn,
        EffectiveOn = over.EffectiveOn ?? baseMeta.EffectiveOn,
        PublicCommentDays = over.PublicCommentDays ?? baseMeta.PublicCommentDays,
        FairCompetitionReview = over.FairCompetitionReview ?? baseMeta.FairCompetitionReview,
        Subtype = over.Subtype ?? baseMeta.Subtype,
        Counterparty = over.Counterparty ?? baseMeta.Counterparty,
        Attachments = over.Attachments ?? baseMeta.Attachments,
    };
}
