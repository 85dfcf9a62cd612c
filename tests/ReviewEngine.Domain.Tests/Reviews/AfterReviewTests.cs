using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Signing;
using static ReviewEngine.Domain.Tests.Reviews.CaseDriver;

namespace ReviewEngine.Domain.Tests.Reviews;

/// <summary>签订 of contracts and 集体审议 → 公布 → 备案 of normative documents, on the shipped workflows.</summary>
public sealed class AfterReviewTests
{
    private const string Text = "第一条　甲方将厂房出租给乙方。\n第二条　租金为每年伍拾万元。";

    public static TheoryData<string> Contracts => new("administrative-agreement", "agency-contract");

    [Theory]
    [MemberData(nameof(Contracts))]
    public async Task SigningAfterAgreeToSignRecordsTheSignedContract(string workflowId)
    {
        var d = await OpinionAsync(workflowId, Conclusions.AgreeToSign);
        await d.Act(Drafter, "confirmAdoption");
        Assert.Equal("signing", d.Case.State);

        await d.Case.PerformAsync(Sign(Text.Replace("　", " ")), d.Workflow, d.Context(Drafter));

        Assert.Equal("archived", d.Case.State);
        var s = Assert.IsType<SigningRecord>(d.Case.Signing);
        Assert.Equal(new DateOnly(2026, 3, 20), s.SignedOn);
        Assert.Equal("甲方：罗埠镇人民政府（王镇长）；乙方：某公司（李总）", s.Signatories);
        Assert.Equal(NormalisedText.Of(Text).Hash, s.ReviewedTextHash);
        Assert.Equal(s.ReviewedTextHash, s.SignedTextHash);
        Assert.Equal("reviewed-doc", s.ReviewedDocumentSha256);
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public async Task RefuseToSignBlocksSigningLeavingOnlyANewRoundOrAbandonment(string workflowId)
    {
        var d = await OpinionAsync(workflowId, Conclusions.RefuseToSign);

        Assert.Equal(["submitNewRound", "abandonMatter"], d.ActionIdsFor(Drafter).Where(a => a != "withdraw"));
        await Assert.ThrowsAsync<DomainException>(() => d.Case.PerformAsync(Sign(Text), d.Workflow, d.Context(Drafter)));
        Assert.Equal("adoptionFeedback", d.Case.State);
        Assert.Null(d.Case.Signing);
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public async Task AChangedTextIsRefusedWithTheParagraphAndCanGoToANewRound(string workflowId)
    {
        var d = await OpinionAsync(workflowId, Conclusions.AgreeToSign);
        await d.Act(Drafter, "confirmAdoption");

        var ex = await Assert.ThrowsAsync<ActionRejectedException>(() =>
            d.Case.PerformAsync(Sign(Text.Replace("伍拾万元", "陆拾万元")), d.Workflow, d.Context(Drafter)));

        Assert.Contains("未经合法性审查的文本不得签订", ex.Message);
        Assert.Contains("第 2 段", ex.Message);
        Assert.Equal("signing", d.Case.State);
        Assert.Null(d.Case.Signing);

        await d.Act(Drafter, "submitNewRound", comment: "租金调整，重新送审", document: Document("contractText", 'n'));
        Assert.Equal("registration", d.Case.State);
        Assert.Equal(2, d.Case.Round);
    }

    [Fact]
    public async Task SigningNeedsTheDateAndTheSignatories()
    {
        var d = await OpinionAsync("agency-contract", Conclusions.AgreeToSign);
        await d.Act(Drafter, "confirmAdoption");

        var ex = await Assert.ThrowsAsync<ActionRejectedException>(() =>
            d.Case.PerformAsync(Sign(Text) with { Record = new Dictionary<string, string> { ["signedOn"] = "2026-3-20" } }, d.Workflow, d.Context(Drafter)));

        Assert.Contains("签订日期（signedOn）须为 yyyy-MM-dd", ex.Message);
        Assert.Contains("须填写签订各方及签字人", ex.Message);
        Assert.Equal("signing", d.Case.State);
    }

    [Fact]
    public async Task NormativeDocumentIsDeliberatedPublishedAndFiledWithTheFilingDueFromPublication()
    {
        var d = await OpinionAsync("normative-document", Conclusions.Lawful);
        await d.Act(Drafter, "confirmAdoption");
        Assert.Equal("deliberation", d.Case.State);

        await Record(d, "recordDeliberation", ("meetingOn", "2026-03-18"), ("meetingName", "镇长办公会议"), ("outcome", "通过"));
        Assert.Equal("publication", d.Case.State);
        var early = await Assert.ThrowsAsync<ActionRejectedException>(() => Record(d, "recordPublication",
            ("publishedOn", "2026-03-17"), ("documentNumber", "罗政发〔2026〕3号"), ("channel", "婺城区人民政府网站")));
        Assert.Contains("公布日期不能早于集体审议日期", early.Message);

        await Record(d, "recordPublication", ("publishedOn", "2026-03-19"), ("documentNumber", "罗政发〔2026〕3号"), ("channel", "婺城区人民政府网站"));
        Assert.Equal("filing", d.Case.State);
        Assert.Equal(new DateOnly(2026, 4, 3), Assert.Single(d.Case.OpenTasks).DueOn);

        await Record(d, "recordFiling", ("filedOn", "2026-03-20"), ("filedWith", "婺城区人民政府（区司法局）"));
        Assert.Equal("archived", d.Case.State);
        Assert.Equal("镇长办公会议", d.Case.Deliberation!.MeetingName);
        Assert.Equal("罗政发〔2026〕3号", d.Case.Publication!.DocumentNumber);
        Assert.Equal(new DateOnly(2026, 3, 20), d.Case.Filing!.FiledOn);
    }

    private static ActionRequest Sign(string signedText) => new("sign", Document: Document("contractText", 's'))
    {
        Record = new Dictionary<string, string> { ["signedOn"] = "2026-03-20", ["signatories"] = "甲方：罗埠镇人民政府（王镇长）；乙方：某公司（李总）" },
        TextCheck = TextComparison.Of(NormalisedText.Of(Text), NormalisedText.Of(signedText)) with { ReviewedDocumentSha256 = "reviewed-doc" },
    };

    private static Task Record(CaseDriver d, string action, params (string Key, string Value)[] fields) =>
        d.Case.PerformAsync(new ActionRequest(action) { Record = fields.ToDictionary(f => f.Key, f => f.Value) }, d.Workflow, d.Context(Drafter));

    private static async Task<CaseDriver> OpinionAsync(string workflowId, string conclusion)
    {
        var d = SubmitComplete(workflowId, "2026-03-02");
        await d.ReachOpinionReadyAsync();
        await d.Act(Reviewer, "draftOpinion", comment: "审查意见", conclusion: conclusion);
        await d.Act(Lead, "approveOpinion");
        d.AdvanceDays(20);
        return d;
    }
}
