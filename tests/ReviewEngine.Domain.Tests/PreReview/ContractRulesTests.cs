using ReviewEngine.Domain.PreReview;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>One behaviour per rule family of workflows/checklists/contract.json, with its exclusion.</summary>
public sealed partial class ContractRulesTests
{
    private const string InvestmentParties = "《××镇智能装备项目投资协议》 甲方：××镇人民政府 乙方：××智能装备有限公司\n";
    private const string PublicInterestClause = "第九条 因社会公共利益需要，甲方可以依法变更或者解除本协议，由此给乙方造成损失的，依法予以补偿。\n";
    private static readonly PreReviewMeta Reviewed = new() { FairCompetitionReview = true };

    private static PreReviewReport Investment(string articles) =>
        RuleFixture.Analyze(PreReviewKind.AdminAgreement, InvestmentParties + articles + "\n" + PublicInterestClause, Reviewed);

    private static PreReviewReport Works(string articles) => RuleFixture.Analyze(PreReviewKind.AgencyCivilContract,
        "《××镇道路硬化工程施工合同》 发包人：××镇人民政府 承包人：××建设有限公司\n" + articles);

    [Fact]
    public void PromisingAnotherAuthoritysApprovalIsFlaggedButAssistanceIsNot()
    {
        var promise = Investment("第三条 甲方确保乙方项目用地容积率调整至3.0。");
        var assistance = Investment("第三条 甲方协助乙方依法向有权机关申请办理规划许可手续。");

        Assert.Contains(promise.Findings, f => f.RuleId == "C-AUTH-01");
        Assert.DoesNotContain(assistance.Findings, f => f.RuleId == "C-AUTH-01");
    }

    [Fact]
    public void APromiseAfterASegmentNamingTheCompetentDepartmentIsTheTownshipsOwn()
    {
        var promise = Investment("第三条 项目用地由自然资源主管部门依法挂牌出让，甲方确保乙方以每亩五万元的价格取得该地块。");
        var statutory = Investment("第三条 项目用地由自然资源主管部门依法挂牌出让，乙方依法参加竞买。");
        var statute = Investment("第三条 乙方未按期动工的，甲方可以依照《中华人民共和国城市房地产管理法》第二十六条的规定，报经有批准权的人民政府批准后处理。");

        Assert.Contains(promise.Findings, f => f.RuleId == "C-FIN-02" && f.Clause == "第三条");
        Assert.DoesNotContain(statutory.Findings, f => f.RuleId is "C-FIN-02" or "C-PROC-01");
        Assert.DoesNotContain(statute.Findings, f => f.Severity > FindingSeverity.Advice && f.Clause == "第三条");
    }

    [Fact]
    public void ASigningAgentNeedsWrittenAuthorityAndAJudgmentDefaulterCannotContract()
    {
        var agent = RuleFixture.Analyze(PreReviewKind.AgencyCivilContract, "《××镇道路硬化工程施工合同》 发包人：××镇人民政府 承包人：××建设有限公司\n第一条 承包人由委托代理人代表签订本合同。",
            new PreReviewMeta { Attachments = ["营业执照", "中标通知书"] });
        var defaulter = RuleFixture.Analyze(PreReviewKind.AgencyCivilContract, "《××镇道路硬化工程施工合同》 发包人：××镇人民政府 承包人：××建设有限公司\n第一条 承包人按期完成施工。",
            new PreReviewMeta { Facts = new Dictionary<string, string> { ["承包人信用查询"] = "已被列为失信被执行人" } });
        var clean = RuleFixture.Analyze(PreReviewKind.AgencyCivilContract, "《××镇道路硬化工程施工合同》 发包人：××镇人民政府 承包人：××建设有限公司\n第一条 承包人按期完成施工。",
            new PreReviewMeta { Facts = new Dictionary<string, string> { ["承包人信用查询"] = "未查见失信被执行人记录" } });

        Assert.Contains(agent.Findings, f => f.RuleId == "C-SUBJ-04" && f.Severity == FindingSeverity.Major);
        Assert.Equal("不同意签订", defaulter.ConclusionLabel);
        Assert.DoesNotContain(clean.Findings, f => f.RuleId == "C-SUBJ-03" && f.Severity > FindingSeverity.Advice);
    }

    [Fact]
    public void DebtGuaranteeAndGuaranteedReturnAreFlagged()
    {
        var report = Investment("第四条 甲方为乙方向银行申请的贷款提供担保。\n第五条 乙方年收益率达不到8%的，差额部分由甲方补足。");

        Assert.Contains(report.Findings, f => f.RuleId == "C-FIN-03" && f.Clause == "第四条");
        Assert.Contains(report.Findings, f => f.RuleId == "C-FIN-03" && f.Clause == "第五条");
        Assert.Equal("修改后签订", report.ConclusionLabel);
    }

    [Fact]
    public void MissingPublicInterestTerminationClauseIsFlaggedInAnInvestmentAgreement()
    {
        var report = RuleFixture.Analyze(PreReviewKind.AdminAgreement, InvestmentParties + "第二条 乙方投资建设项目。", Reviewed);

        var finding = Assert.Single(report.Findings, f => f.RuleId == "C-LIAB-02");
        Assert.Equal("全文", finding.Clause);
        Assert.Contains("公共利益", finding.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void LeadingGroupAsSigningPartyIsNotCurable()
    {
        var report = RuleFixture.Analyze(PreReviewKind.AdminAgreement,
            "《补充协议》 甲方：××街道招商引资工作领导小组 乙方：××科技有限公司\n一、投产时间调整为2027年底。\n" + PublicInterestClause, Reviewed);

        var finding = Assert.Single(report.Findings, f => f.RuleId == "C-SUBJ-01");
        Assert.Equal("当事人", finding.Clause);
        Assert.Equal("不同意签订", report.ConclusionLabel);
    }

    [Fact]
    public void PaymentLaterThanSixtyDaysOrOnUpperLevelFundsIsFlagged()
    {
        var late = Works("第四条 发包人于竣工验收合格后九十日内支付工程款。");
        var conditional = Works("第四条 剩余工程款在上级补助资金拨付到位后支付。");
        var prompt = Works("第四条 发包人于竣工验收合格后30日内支付工程款。");

        Assert.Contains(late.Findings, f => f.RuleId == "C-PAY-01" && f.Explanation.Contains("九十日内支付", StringComparison.Ordinal));
        Assert.Contains(conditional.Findings, f => f.RuleId == "C-PAY-01");
        Assert.DoesNotContain(prompt.Findings, f => f.RuleId == "C-PAY-01");
    }

    [Fact]
    public void TheSixtyDayLimitProtectsSmallFirmsOnly()
    {
        const string Contract = "《××镇办公设备采购合同》 甲方：××镇人民政府 乙方：××信息技术有限公司\n第一条 乙方供应办公设备一批。\n第二条 甲方于验收合格后九十日内支付货款。";
        var small = RuleFixture.Analyze(PreReviewKind.AgencyCivilContract, Contract,
            new PreReviewMeta { Facts = new Dictionary<string, string> { ["供应商企业规模"] = "小型企业" } });
        var large = RuleFixture.Analyze(PreReviewKind.AgencyCivilContract, Contract,
            new PreReviewMeta { Facts = new Dictionary<string, string> { ["供应商企业规模"] = "大型企业（中国电信分公司）" } });

        Assert.Contains(small.Findings, f => f.RuleId == "C-PAY-01" && f.Clause == "第二条");
        Assert.DoesNotContain(large.Findings, f => f.RuleId == "C-PAY-01");
    }

    [Fact]
    public void APublicInterestClauseSplitOverTwoItemsByThePrecedingItemIsPresent()
    {
        // Item 二 builds on item 一 (依照前项…): together they say who may terminate for the public interest and that the
        // loss is compensated; a compensation item that stands alone does not.
        var split = RuleFixture.Analyze(PreReviewKind.AdminAgreement, InvestmentParties + "第五条 乙方应当按期投产。\n附件：协议变更、解除及补偿约定\n一、为了社会公共利益的需要，甲方可以依法单方解除本协议。\n二、甲方依照前项解除本协议的，对乙方因此受到的损失依法予以补偿。", Reviewed);
        var alone = RuleFixture.Analyze(PreReviewKind.AdminAgreement, InvestmentParties + "第五条 乙方应当按期投产。\n第六条 甲方解除本协议的，对乙方的损失依法予以补偿。", Reviewed);

        Assert.DoesNotContain(split.Findings, f => f.RuleId == "C-LIAB-02");
        Assert.Contains(alone.Findings, f => f.RuleId == "C-LIAB-02");
    }

    [Fact]
    public void WaivingCompensationForAPublicInterestTerminationIsFlagged()
    {
        var waived = Investment("第五条 因公共利益需要解除本协议的，甲方依法给予补偿。\n第六条 乙方同意，甲方基于公共利益需要解除本协议时，乙方放弃就此主张补偿的权利。");
        var ownChoice = Investment("第五条 因公共利益需要解除本协议的，甲方依法给予补偿。\n第六条 乙方因自身经营原因放弃项目的，不得要求甲方补偿已投入的费用。");

        Assert.Contains(waived.Findings, f => f.RuleId == "C-LIAB-02" && f.Clause == "第六条");
        Assert.DoesNotContain(ownChoice.Findings, f => f.RuleId == "C-LIAB-02");
    }

    [Fact]
    public void OnlyTheFourStatutoryDepositsAreAllowedInConstruction()
    {
        var extra = Works("第七条 承包人进场前须交纳安全文明施工保证金五万元。");
        var statutory = Works("第七条 工程质量保证金按结算总额的3%预留，承包人提交的履约保证金可以银行保函形式提供。");

        Assert.Contains(extra.Findings, f => f.RuleId == "C-PAY-03");
        Assert.DoesNotContain(statutory.Findings, f => f.RuleId == "C-PAY-03");
    }

    [Fact]
    public void LeaseLongerThanTwentyYearsIsFlagged()
    {
        var lease = RuleFixture.Analyze(PreReviewKind.AgencyCivilContract,
            "《厂房租赁合同》 出租人：××街道办事处 承租人：××有限公司\n第二条 租赁期限为三十年。");

        Assert.Contains(lease.Findings, f => f.RuleId == "C-TERM-01" && f.Clause == "第二条");
    }

    [Theory]
    [InlineData("第二条 租赁期限为叁拾年。", true)]
    [InlineData("第二条 租赁期限：自二〇二六年七月一日起至二〇五一年六月三十日止。", true)]
    [InlineData("第二条 租赁期限：自二〇二七年一月一日起至二〇三一年十二月三十一日止。", false)]
    [InlineData("第二条 租赁期限为贰拾年。", false)]
    public void ALeaseTermInChineseCapitalsOrAChineseDateRangeIsMeasured(string clause, bool flagged)
    {
        var lease = RuleFixture.Analyze(PreReviewKind.AgencyCivilContract, "《厂房租赁合同》 出租人：××街道办事处 承租人：××有限公司\n" + clause);

        Assert.Equal(flagged, lease.Findings.Any(f => f.RuleId == "C-TERM-01"));
    }

    [Theory]
    [InlineData("第一条 甲方将集镇道路上施划的三百个路内停车泊位交由乙方经营八年，收费收入归乙方所有。", true)]
    [InlineData("第一条 乙方受甲方委托对集镇公共停车场提供收费管理服务，停车费收入全额上缴镇财政，甲方按月向乙方支付服务费。", false)]
    public void AConcessionFiledAsAServiceContractIsAnAdministrativeAgreementByWhatItAgrees(string grant, bool administrative)
    {
        var report = RuleFixture.Analyze(PreReviewKind.AgencyCivilContract,
            "《停车管理服务合同》 甲方：××镇人民政府 乙方：××停车服务有限公司\n" + grant + "\n第二条 因本合同发生的争议，提交金华仲裁委员会仲裁。",
            new PreReviewMeta { Subtype = "服务" });

        Assert.Equal(administrative, report.Findings.Any(f => f.RuleId == "C-TYPE-01"));
        Assert.Equal(administrative, report.Findings.Any(f => f.RuleId == "C-DISP-01"));
    }

    [Fact]
    public void ExclusivityIsFlaggedExceptTheStatutoryExclusiveRightOfAFranchise()
    {
        var exclusivity = Investment("第六条 五年内甲方不再引进同类项目。");
        var franchise = RuleFixture.Analyze(PreReviewKind.AdminAgreement,
            "《污水处理特许经营协议》 甲方：××镇人民政府 乙方：××水务有限公司\n第三条 特许经营期内乙方享有排他性经营权。\n" + PublicInterestClause);

        Assert.Contains(exclusivity.Findings, f => f.RuleId == "C-FC-01");
        Assert.DoesNotContain(franchise.Findings, f => f.RuleId == "C-FC-01");
    }

    [Fact]
    public void TownshipExpropriatingInItsOwnNameIsNotCurableUnlessEntrusted()
    {
        const string articles = "\n一、甲方征收乙方集体土地20亩。\n二、补偿款共计人民币壹佰万元，于本协议生效之日起30日内支付。";
        var own = RuleFixture.Analyze(PreReviewKind.AdminAgreement, "《集体土地征收补偿协议》 甲方：××镇人民政府 乙方：××村股份经济合作社" + articles);
        var entrusted = RuleFixture.Analyze(PreReviewKind.AdminAgreement, "《集体土地征收补偿协议》 甲方：××镇人民政府（受××区人民政府委托） 乙方：××村股份经济合作社" + articles);

        Assert.Contains(own.Findings, f => f.RuleId == "C-SUBJ-02" && f.Curability == Curability.NotCurable);
        Assert.DoesNotContain(entrusted.Findings, f => f.RuleId == "C-SUBJ-02");
    }

    [Fact]
    public void LandRecoveryWithoutApprovalIsNotCurableUnlessApprovalIsAttached()
    {
        const string text = "《国有建设用地使用权收回补偿协议》 甲方：××区自然资源和规划局 乙方：××纺织有限公司\n第二条 补偿共计人民币叁佰万元。\n第六条 本协议自双方签字盖章之日起生效。";
        var unapproved = RuleFixture.Analyze(PreReviewKind.AdminAgreement, text, new PreReviewMeta { Attachments = [] });
        var approved = RuleFixture.Analyze(PreReviewKind.AdminAgreement, text, new PreReviewMeta { Attachments = ["收回土地批准文件"] });

        Assert.Contains(unapproved.Findings, f => f.RuleId == "C-PROC-02" && f.Clause == "第六条");
        Assert.Equal("不同意签订", unapproved.ConclusionLabel);
        Assert.DoesNotContain(approved.Findings, f => f.RuleId == "C-PROC-02");
    }

    [Fact]
    public void HouseCompensationAgreementListsMissingStatutoryItems()
    {
        var report = RuleFixture.Analyze(PreReviewKind.AdminAgreement,
            "《国有土地上房屋征收补偿协议》 甲方（房屋征收部门）：××区住房和城乡建设局 乙方（被征收人）：××商行\n鉴于区人民政府已作出房屋征收决定，\n第一条 被征收房屋为临街营业用房，乙方选择货币补偿。\n第二条 补偿金额以最终审计结果为准。",
            new PreReviewMeta { Attachments = ["房屋征收决定"] });

        var missing = Assert.Single(report.Findings, f => f.RuleId == "C-COMP-01");
        Assert.Contains("停产停业损失", missing.Excerpt, StringComparison.Ordinal);
        Assert.Contains("搬迁费", missing.Excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("过渡", missing.Excerpt, StringComparison.Ordinal);
        Assert.Contains(report.Findings, f => f.RuleId == "C-COMP-03" && f.Clause == "第二条");
    }

    [Fact]
    public void DelegatingPenaltyPowerToACompanyIsACoreDefect()
    {
        var report = RuleFixture.Analyze(PreReviewKind.AdminAgreement,
            "《行政执法委托协议》 委托方：××镇人民政府 受托方：××城市服务有限公司\n一、委托方将占道经营的查处工作委托受托方实施。");

        Assert.Contains(report.Findings, f => f.RuleId == "C-AUTH-01" && f.Curability == Curability.NotCurable);
        Assert.Equal("不同意签订", report.ConclusionLabel);
    }

    // The file's own statements, in the registrar's words, decide the file checks (issue 15: meta.facts).
    [Theory]
    [InlineData("乙方资信核查", "乙方仅有劳务分包资质，未取得公路工程施工总承包资质", "C-SUBJ-03", "不同意签订")]
    [InlineData("授权委托书", "签约代表为项目经理，未出具法定代表人授权委托书", "C-SUBJ-04", "修改后签订")]
    [InlineData("送审稿比对", "拟签文本第二条付款期限为审查后修改，未重新送审", "C-FORM-02", "修改后签订")]
    [InlineData("授权委托书", "无（法定代表人本人签字）", null, "同意签订")]
    [InlineData("送审稿比对", "拟签文本与审查通过的文本一致", null, "同意签订")]
    public void WhatTheFileStatesIsRead(string key, string value, string? rule, string conclusion)
    {
        var report = RuleFixture.Analyze(PreReviewKind.AgencyCivilContract,
            "《乡道养护服务合同》\n甲方：××乡人民政府\n乙方：××养护有限公司\n第一条 乙方承担乡道养护，合同价款八十六万元。\n第二条 价款按月支付，每月结束后十五日内付清。\n第三条 双方违约的，依法承担违约责任。\n第四条 争议协商不成的，向甲方所在地人民法院起诉。\n第五条 本合同自双方签字盖章之日起生效。",
            new PreReviewMeta { Subtype = "服务", Attachments = ["合同文本", "对方主体资料", "资金来源说明"], Facts = new Dictionary<string, string> { [key] = value } });

        foreach (var id in new[] { "C-SUBJ-03", "C-SUBJ-04", "C-FORM-02" })
        {
            Assert.Equal(id == rule, report.Findings.Any(f => f.RuleId == id));
        }
        Assert.Equal(conclusion, report.ConclusionLabel);
    }

    [Theory]
    [InlineData("招商引资", "区政府审批", "投资额超过五亿元的合作协议须报区人民政府批准，目前尚未报批", true)]
    [InlineData("招商引资", "区政府审批", "已由区人民政府批准（婺政复〔2026〕8号）", false)]
    [InlineData("集体土地征收补偿", "征收批准文件", "尚未取得（依法先签订补偿安置协议后报批）", false)]
    public void AnApprovalTheFileSaysIsMissingMustCondition(string subtype, string key, string value, bool flagged)
    {
        var land = subtype.Contains("集体", StringComparison.Ordinal) ? "第一条 拟征收乙方集体所有土地二十亩，土地补偿费和安置补助费按每亩六万二千元计。" : "第一条 乙方投资约八亿元参与片区基础设施建设。";
        var report = RuleFixture.Analyze(PreReviewKind.AdminAgreement,
            InvestmentParties + land + "\n" + PublicInterestClause + "\n第九条 本协议自双方签字盖章之日起生效。",
            new PreReviewMeta { Subtype = subtype, FairCompetitionReview = true, Attachments = ["合同文本", "公平竞争审查表"], Facts = new Dictionary<string, string> { [key] = value } });

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "C-PROC-02"));
    }
}
