using ReviewEngine.Domain.PreReview;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>One behaviour per rule family of workflows/checklists/normative-document.json, with its exclusion.</summary>
public sealed partial class NormativeDocumentRulesTests
{
    private static readonly PreReviewMeta CompleteMeta = new()
    {
        Issuer = "××镇人民政府",
        DraftedOn = new DateOnly(2026, 3, 1),
        PublicCommentDays = 30,
        FairCompetitionReview = true,
    };

    private static PreReviewReport Check(string articles, PreReviewMeta? meta = null) => RuleFixture.Analyze(
        PreReviewKind.NormativeDoc,
        "《××镇村容环境管理办法》\n第一条 为改善村容环境，结合本镇实际，制定本办法。\n" + articles + "\n第九条 本办法自2026年5月1日起施行，有效期三年。",
        meta ?? CompleteMeta);

    [Fact]
    public void AnUnremarkableDocumentIsLawful()
    {
        var report = Check("第二条 镇人民政府组织各村开展村庄清洁行动，并定期公布检查结果。");

        Assert.DoesNotContain(report.Findings, f => f.Severity > FindingSeverity.Advice);
        Assert.Equal("合法", report.ConclusionLabel);
    }

    [Fact]
    public void SelfMadeFineIsFlaggedButARestatedStatutoryPenaltyIsNot()
    {
        var made = Check("第二条 乱堆乱放的，由镇综合行政执法队处二百元罚款。\n第三条 各村做好宣传。");
        var restated = Check("第二条 违反规定的，由有关部门依照《中华人民共和国噪声污染防治法》第八十二条的规定处二百元以上一千元以下的罚款。");

        var finding = Assert.Single(made.Findings, f => f.RuleId == "N-CONT-02");
        Assert.Equal("第二条", finding.Clause);
        Assert.Equal(FindingSeverity.Blocking, finding.Severity);
        Assert.Contains("罚款", finding.Excerpt, StringComparison.Ordinal);
        Assert.Equal("修改后合法", made.ConclusionLabel);
        Assert.DoesNotContain(restated.Findings, f => f.RuleId == "N-CONT-02");
    }

    [Theory]
    [InlineData("第二条 乱埋乱葬的，由执法队责令限期清理，逾期不清理的由镇组织强行平毁。", true)]
    [InlineData("第二条 乱埋乱葬的，由执法队责令限期清理，逾期不清理的，由镇组织强行平毁。", true)]
    [InlineData("第二条 对逾期不迁移的坟墓，由区民政部门依法处理，镇人民政府不得强行平毁。", false)]
    public void ANegationInsideAConditionClosedBy的DoesNotNegateTheMainClause(string article, bool flagged)
    {
        // 逾期不清理的 is the condition; 由镇组织强行平毁 is what the township does (§7.10).
        Assert.Equal(flagged, Check(article).Findings.Any(f => f.RuleId == "N-CONT-03"));
    }

    [Theory]
    [InlineData("第二条 本办法不约定土地出让金的返还，不设任何形式的担保。")]
    [InlineData("第二条 镇人民政府不以任何形式向农户收取卫生共建金。")]
    public void A的InsideTheObjectKeepsTheNegationOnTheAct(string article)
    {
        Assert.DoesNotContain(Check(article).Findings, f => f.Severity > FindingSeverity.Advice);
    }

    [Fact]
    public void CuttingWaterToForcePaymentIsACompulsoryMeasure()
    {
        var report = Check("第二条 拒不整改的，由村供水站暂停对其供水。");

        Assert.Contains(report.Findings, f => f.RuleId == "N-CONT-03" && f.Clause == "第二条");
    }

    [Fact]
    public void LicenceGateIsFlaggedButStatutoryApprovalIsNot()
    {
        var gate = Check("第二条 村民翻建房屋的，须经村委会审核同意后方可施工。");
        var statutory = Check("第二条 村民申请宅基地的，由镇人民政府依法审核批准。");

        Assert.Contains(gate.Findings, f => f.RuleId == "N-CONT-01");
        Assert.DoesNotContain(statutory.Findings, f => f.RuleId == "N-CONT-01");
    }

    [Fact]
    public void TaxLinkedRewardIsFlaggedButExcludingTaxOffendersIsNot()
    {
        var linked = Check("第二条 对企业按其缴纳增值税地方留成部分的50%给予奖励。");
        var excluded = Check("第二条 近三年存在重大税收违法失信行为的企业，不予补助。");

        Assert.Contains(linked.Findings, f => f.RuleId == "N-FC-03");
        Assert.DoesNotContain(excluded.Findings, f => f.RuleId == "N-FC-03");
    }

    [Fact]
    public void LocalPreferenceForOperatorsIsFlaggedButLocalWelfarePriorityIsNot()
    {
        var discriminating = Check("第二条 摊位优先分配给本镇户籍的经营者。");
        var welfare = Check("第二条 村庄保洁员岗位优先安排本镇低保户。");

        Assert.Contains(discriminating.Findings, f => f.RuleId == "N-FC-02");
        Assert.DoesNotContain(welfare.Findings, f => f.RuleId == "N-FC-02");
    }

    [Fact]
    public void RepealedLawIsFlaggedOnlyForDocumentsDraftedAfterTheRepeal()
    {
        const string article = "第二条 依照《中华人民共和国物权法》的规定，业主共同管理。";
        var current = Check(article);
        var historic = Check(article, CompleteMeta with { DraftedOn = new DateOnly(2019, 5, 1) });

        var finding = Assert.Single(current.Findings, f => f.RuleId == "N-BASIS-01");
        Assert.Contains("民法典", finding.Explanation, StringComparison.Ordinal);
        Assert.Equal("《中华人民共和国民法典》第一千二百六十条", finding.Basis);
        Assert.DoesNotContain(historic.Findings, f => f.RuleId == "N-BASIS-01");
    }

    [Fact]
    public void RetroactiveBurdenAndMissingValidityAreFlagged()
    {
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《××镇办法》\n第一条 村民不得在河道内倾倒垃圾，违者处一百元罚款。\n第二条 本办法自2026年1月1日起施行。",
            CompleteMeta with { DraftedOn = new DateOnly(2026, 5, 1) });

        Assert.Contains(report.Findings, f => f.RuleId == "N-TIME-01" && f.Clause == "第二条");
        Assert.Contains(report.Findings, f => f.RuleId == "N-TIME-02" && f.Clause == "全文");
    }

    [Theory]
    // A start date before the drafting date reaches back against people…
    [InlineData("第二条 2025年10月1日以后已经享受扶持政策的经营户，不符合本办法条件的，应当退回已领取的扶持资金。", true)]
    [InlineData("第二条 二〇二六年一月一日以后发生的乱倒垃圾行为，依照本办法扣减积分。", true)]
    // …or in their favour: a benefit that may be applied for from that date is no retroactive burden.
    [InlineData("第二条 二〇二六年一月一日以后取得等级评定的，可以依照本办法申请扶持。", false)]
    [InlineData("第二条 2026年1月1日以来已开展来料加工业务、符合条件的，可以按照本办法申请奖补。", false)]
    public void ApplicationFromAnEarlierDateIsRetroactiveOnlyWhenItBurdens(string article, bool flagged)
    {
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《××镇办法》\n第一条 为规范管理，制定本办法。\n" + article + "\n第三条 本办法自公布之日起施行，有效期三年。",
            CompleteMeta with { DraftedOn = new DateOnly(2026, 4, 20) });

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "N-TIME-01" && f.Clause == "第二条"));
    }

    [Fact]
    public void ValidityLongerThanFiveYearsIsFlagged()
    {
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《××镇办法》\n第一条 各村做好保洁。\n第二条 本办法自2026年1月1日起施行，有效期至2033年12月31日。", CompleteMeta);

        Assert.Contains(report.Findings, f => f.RuleId == "N-TIME-02" && f.Clause == "第二条");
    }

    [Fact]
    public void BusinessDocumentNeedsThirtyDaysCommentAndFairCompetitionReview()
    {
        var meta = CompleteMeta with { PublicCommentDays = 12, FairCompetitionReview = false };
        var report = Check("第二条 经营者应当从街道推荐名单中选择装修单位。", meta);

        Assert.Contains(report.Findings, f => f.RuleId == "N-PROC-01" && f.Severity == FindingSeverity.Major);
        Assert.Contains(report.Findings, f => f.RuleId == "N-FC-01");
        Assert.Contains(report.Findings, f => f.RuleId == "N-PROC-02" && f.Severity == FindingSeverity.Blocking);
    }

    [Fact]
    public void LeadingGroupAsIssuerIsNotCurableAndMakesTheDocumentUnlawful()
    {
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《通知》\n一、居民应当服从转移安排。\n二、本通知自2026年6月1日起施行，有效期至2026年10月15日。\n××镇防汛抗台工作领导小组\n2026年5月20日",
            new PreReviewMeta { PublicCommentDays = 10 });

        var finding = Assert.Single(report.Findings, f => f.RuleId == "N-SUBJ-01");
        Assert.Equal(Curability.NotCurable, finding.Curability);
        Assert.Equal("落款", finding.Clause);
        Assert.Equal("不合法", report.ConclusionLabel);
    }

    [Fact]
    public void TaxExemptionByTheTownshipIsBeyondItsAuthority()
    {
        var report = Check("第二条 对入驻企业当年应缴纳的房产税减半征收。");

        Assert.Contains(report.Findings, f => f.RuleId == "N-AUTH-01" && f.Curability == Curability.NotCurable);
        Assert.Equal("不合法", report.ConclusionLabel);
    }

    [Fact]
    public void DocumentWhoseEveryOperativeClauseIsUnlawfulHasAnUnlawfulCore()
    {
        var report = Check("第二条 对企业按其实缴税收街道留成部分的30%给予奖励。\n第三条 街道采购应当优先选择本街道注册的企业。");

        Assert.True(report.CoreUnlawful);
        Assert.Equal("不合法", report.ConclusionLabel);
    }

    [Fact]
    public void InternalWorkPlanIsOutOfScopeAndNothingElseIsJudged()
    {
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《××镇2026年度机关干部培训工作方案》\n一、培训对象为机关全体干部职工。\n二、无故缺勤的予以通报批评。");

        Assert.False(report.InScope);
        Assert.Equal("不属于审查范围", report.ConclusionLabel);
        Assert.Equal("N-SCOPE-01", Assert.Single(report.Findings).RuleId);
    }

    [Theory]
    [InlineData("《××镇关于调整镇安全生产委员会组成人员的通知》\n一、主任由镇长担任。")]
    [InlineData("《××镇2026年安全生产工作要点》\n一、督促辖区企业落实安全生产主体责任。")]
    [InlineData("《××镇机关干部请休假管理规定》\n一、干部请假须经分管领导批准后方可离岗。")]
    public void OrganisationPersonnelAndInternalRulesAreOutOfScope(string text)
    {
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc, text);

        Assert.Equal("不属于审查范围", report.ConclusionLabel);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "N-CONT-01");
    }

    [Fact]
    public void SubmittedTitleCountsWhenTheFirstLineIsARedHeader()
    {
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "××镇人民政府文件\n一、会议同意村道硬化工程立项，经招标后方可开工。", title: "××镇党政联席会议纪要");

        Assert.Equal("不属于审查范围", report.ConclusionLabel);
    }

    [Fact]
    public void WorkPlanAddressedToResidentsStaysInScope()
    {
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《××镇生活垃圾分类实施方案》\n一、居民应当分类投放生活垃圾。\n二、本方案自2026年6月1日起施行，有效期三年。", CompleteMeta);

        Assert.True(report.InScope);
    }

    [Theory]
    [InlineData("2026-05-08", "2026-07-02", true)]
    [InlineData("2026年5月8日", "2026.5.20", false)]
    [InlineData("2026-05-08", "未报送", true)]
    public void FilingLaterThanFifteenDaysAfterPublicationIsRaised(string published, string filed, bool raised)
    {
        var report = Check("第二条 村集体经济组织应当每年向镇政府报告资产情况。",
            CompleteMeta with { Facts = new Dictionary<string, string> { ["公布日期"] = published, ["备案日期"] = filed } });

        Assert.Equal(raised, report.Findings.Any(f => f.RuleId == "N-PUB-01"));
    }

    [Theory]
    [InlineData("2026-05-20至2026-05-26", true)]
    [InlineData("2026年5月8日起公开征求意见30日", false)]
    [InlineData("二十二个工作日", false)]
    [InlineData("二十个工作日", true)]
    [InlineData("未开展，仅征求了镇内部各办意见", true)]
    public void TheCommentPeriodTheFileStatesCountsWhenTheFormIsSilent(string period, bool raised)
    {
        var report = Check("第二条 经营户应当在店招上公示营业时间。",
            CompleteMeta with { PublicCommentDays = null, Facts = new Dictionary<string, string> { ["公开征求意见"] = period } });

        Assert.Equal(raised, report.Findings.Any(f => f.RuleId == "N-PROC-01" && f.Severity > FindingSeverity.Advice));
    }

    /// <summary>由 names the doer even when it is nobody the lexicon knows: the act is not the 农户's own just because
    /// the earlier segment's subject is the 农户 (fifth session, 2026-12-03).</summary>
    [Fact]
    public void ShuttingAMeterByAnUnnamedDoerIsCompulsionButAHouseholdClosingItsOwnValveIsNot()
    {
        var imposed = Check("第二条 农户欠缴运维费的，由村供水管理员关闭其入户水表阀门。");
        var own = Check("第二条 农户外出期间，可以自行关闭入户水表阀门，防止管道冻裂。");

        Assert.Contains(imposed.Findings, f => f.RuleId == "N-CONT-03" && f.Clause == "第二条");
        Assert.DoesNotContain(own.Findings, f => f.RuleId == "N-CONT-03");
    }
}
