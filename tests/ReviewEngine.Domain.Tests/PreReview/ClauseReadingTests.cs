using ReviewEngine.Domain.PreReview;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>
/// Reading a clause before judging it (domain.md §7.10), ninth session: an act's object does not reach into the next
/// clause, an article's heading is not read as a negation, and a reason the party refuses to rely on is refused as a
/// whole whatever negations describe it. Each case has a violating twin that still fires.
/// </summary>
public sealed class ClauseReadingTests
{
    private const string Parties = "《××镇农业项目投资协议》 甲方：××镇人民政府 乙方：××农业科技有限公司\n第一条 乙方在本镇投资建设农业项目。\n";
    private const string PublicInterestClause = "\n第九条 因社会公共利益需要，甲方可以依法变更或者解除本协议，由此给乙方造成损失的，依法予以补偿。";
    private static readonly PreReviewMeta Reviewed = new() { FairCompetitionReview = true };

    private static PreReviewReport Investment(string article) =>
        RuleFixture.Analyze(PreReviewKind.AdminAgreement, Parties + article + PublicInterestClause, Reviewed);

    private static PreReviewReport Services(string article) => RuleFixture.Analyze(PreReviewKind.AgencyCivilContract,
        "《××街道机关物业服务合同》 甲方：××街道办事处 乙方：××物业服务有限公司\n第一条 服务费每季度伍万元，甲方于每季度考核合格之日起三十日内支付。\n" + article,
        new PreReviewMeta { Subtype = "服务" });

    [Fact]
    public void ADeniedArrangementDoesNotReachIntoTheNextClause()
    {
        var denial = Investment("第二条 本协议不构成排他安排，甲方可以依法引进其他同类企业。");
        var promise = Investment("第二条 甲方承诺五年内不在本镇引进其他同类企业。");

        Assert.DoesNotContain(denial.Findings, f => f.RuleId == "C-FC-01");
        Assert.Contains(promise.Findings, f => f.RuleId == "C-FC-01" && f.Clause == "第二条");
    }

    [Fact]
    public void AnArticleHeadingIsNotANegationOfTheTextAfterIt()
    {
        var headed = Investment("第二条 非排他 本协议不限制甲方依法引进其他经营者，亦不构成对乙方的任何独家或排他安排。");
        var exclusive = Investment("第二条 排他安排 甲方承诺五年内不再在本镇引进与乙方同类的项目。");

        Assert.DoesNotContain(headed.Findings, f => f.RuleId == "C-FC-01");
        Assert.Contains(exclusive.Findings, f => f.RuleId == "C-FC-01");
    }

    [Theory]
    [InlineData("第二条 甲方不以上级资金未到位、审计未完成或者人员变动为由延迟付款。", false)]
    [InlineData("第二条 甲方不以审计结果作为付款前提。", false)]
    [InlineData("第二条 甲方可以以上级资金未到位为由延迟付款。", true)]
    [InlineData("第二条 甲方以审计结果作为付款前提。", true)]
    public void AReasonTheAgencyRefusesIsRefusedWhateverDescribesIt(string article, bool flagged)
    {
        var report = Services(article);

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "C-PAY-01" && f.Clause == "第二条"));
    }

    [Theory]
    [InlineData("第二条 奖补以等级评定结果为唯一依据，与经营者缴纳税款数额、对地方财力的贡献不挂钩，也不以在本镇采购商品为条件。", false)]
    [InlineData("第二条 奖补以等级评定结果为基础，并按经营者对地方财力的贡献加计奖励，但不以在本镇采购商品为条件。", true)]
    public void AReasonFrameStaysInItsOwnCommaSegment(string article, bool flagged)
    {
        // 以X为依据，…不挂钩，也不以Y为条件: two frames, so the denial in the middle segment is not swallowed as
        // the first frame's reason (eleventh session).
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《××镇民宿扶持办法》\n第一条 为促进民宿发展，制定本办法。\n" + article + "\n第三条 本办法自2027年1月1日起施行，有效期三年。",
            new PreReviewMeta { FairCompetitionReview = true, PublicCommentDays = 30 });

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "N-FC-03" && f.Clause == "第二条"));
    }

    [Fact]
    public void APenaltyAddedAfterABanIsThePenaltysOwnPredicate()
    {
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《××乡农村家宴服务管理办法》\n第一条 为保障食品安全，制定本办法。\n第二条 违反本办法的家宴厨师，三年内不得承接家宴，并处五百元以下罚款。\n第三条 本办法自2027年1月1日起施行，有效期三年。",
            new PreReviewMeta { FairCompetitionReview = true, PublicCommentDays = 30 });

        Assert.Contains(report.Findings, f => f.RuleId == "N-CONT-02" && f.Clause == "第二条");
    }

    [Fact]
    public void ADefinitionOpenedByItsScopeIsADefinition()
    {
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《××镇产业用地提质增效办法》\n第一条 为提高用地效益，制定本办法。\n第二条 就本办法而言，“低效企业”是指亩均税收低于全区平均水平百分之五十的工业企业。\n第三条 本办法自2027年1月1日起施行，有效期三年。",
            new PreReviewMeta { FairCompetitionReview = true, PublicCommentDays = 30 });

        Assert.DoesNotContain(report.Findings, f => f.RuleId == "N-FC-03");
    }

    [Theory]
    [InlineData("第二条 未登记领取号牌，或者在限行路段行驶的电动自行车，由镇综合行政执法队暂扣车辆。", true)]
    [InlineData("第二条 未登记领取号牌，或者在限行路段行驶的电动自行车，任何单位不得暂扣车辆。", false)]
    public void ANegationOpeningAlternativesThatOneDeClosesDescribesTheObject(string article, bool flagged)
    {
        // The 未 belongs to the first of two alternatives (未登记…，或者…行驶的) that describe the vehicle (thirteenth session).
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《××镇电动自行车管理办法》\n第一条 为规范管理，制定本办法。\n" + article + "\n第三条 本办法自2027年1月1日起施行，有效期三年。",
            new PreReviewMeta { FairCompetitionReview = true, PublicCommentDays = 30 });

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "N-CONT-03" && f.Clause == "第二条"));
    }

    [Theory]
    [InlineData("第二条 对未上牌的电动自行车，镇综合行政执法队予以暂扣。", false, true)]
    [InlineData("第二条 镇综合行政执法队对未上牌的电动自行车予以暂扣，补办登记后发还。", false, true)]
    [InlineData("第二条 镇综合行政执法队对未上牌的电动自行车不予暂扣，告知车主依法补办登记。", false, false)]
    [InlineData("第二条 工程进度款在主体结构结顶前不予支付，结顶前的施工费用由乙方自行筹措。", true, true)]
    public void ANegationDescribingTheObjectOrAnEarlierClauseDoesNotDenyTheAct(string article, bool contract, bool flagged)
    {
        // 对未上牌的电动自行车: the 未 describes the vehicles; 结顶前的施工费用由乙方…: a topic with its own agent opens
        // a new clause, out of the reach of the 不予 before it (fifteenth session).
        var report = contract
            ? RuleFixture.Analyze(PreReviewKind.AgencyCivilContract,
                "《××镇道路工程施工合同》\n甲方：××镇人民政府\n乙方：××建设有限公司\n第一条 乙方承建××道路工程。\n" + article + "\n第三条 本合同自双方签字盖章之日起生效。",
                new PreReviewMeta { Subtype = "施工" })
            : RuleFixture.Analyze(PreReviewKind.NormativeDoc,
                "《××镇电动自行车管理办法》\n第一条 为规范管理，制定本办法。\n" + article + "\n第三条 本办法自2027年1月1日起施行，有效期三年。",
                new PreReviewMeta { FairCompetitionReview = true, PublicCommentDays = 30 });

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == (contract ? "C-PAY-02" : "N-CONT-03") && f.Clause == "第二条"));
    }

    [Theory]
    [InlineData("第二条 经双方协商，甲方将镇集镇临街商铺出租给乙方经营，双方依照《中华人民共和国民法典》订立本合同。", true)]
    [InlineData("第二条 经双方协商，甲方将镇集镇临街商铺出租给乙方经营。", true)]
    [InlineData("第二条 甲方依照《行政事业性国有资产管理条例》的规定，经公开招租，将镇集镇临街商铺出租给乙方经营。", false)]
    public void AStatuteNamedInTheNextClauseOfTheSentenceIsNotTheBasisOfThisAct(string article, bool flagged)
    {
        // 双方依照《民法典》订立本合同 is the parties' next act: the lease before it was still negotiated, not a rule
        // quoted (seventeenth session). The statute that governs the letting itself still makes it a reference.
        var report = RuleFixture.Analyze(PreReviewKind.AgencyCivilContract,
            "《××镇商铺租赁合同》\n甲方：××镇人民政府\n乙方：××餐饮管理有限公司\n第一条 租期五年，年租金捌万元。\n" + article + "\n第三条 本合同自双方签字盖章之日起生效。",
            new PreReviewMeta { Subtype = "租赁" });

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "C-PROC-01" && f.Clause == "第二条"));
    }

    [Theory]
    [InlineData("第二条 甲方明确不作下列承诺或者安排：\n（一）以乙方缴纳的税收为基数给予奖励；\n（二）返还或者变相返还土地出让金。", false)]
    [InlineData("第二条 甲方作出下列承诺：\n（一）以乙方缴纳的税收为基数给予奖励；\n（二）返还或者变相返还土地出让金。", true)]
    public void ListItemsUnderALeadInThatRefusesThemAreRefused(string article, bool flagged)
    {
        // 甲方明确不作下列承诺：（一）… — the refusal is in the article's lead-in, each item names what is refused
        // (seventeenth session); the same items under a lead-in that makes them promises are the defects.
        var report = Investment(article);

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "C-FIN-01" && f.Clause.StartsWith("第二条", StringComparison.Ordinal)));
        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "C-FIN-02" && f.Clause.StartsWith("第二条", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("五、临时停水停电。因管网改造确需临时停水、停电的，由供水、供电企业依照有关规定提前24小时公告。", false)]
    [InlineData("五、停水停电。对拒不整改的经营户，由镇人民政府通知供电企业停止供电。", true)]
    [InlineData("五、临时停水停电。", true)]
    public void AnItemHeadingNamesATopicAndDoesNothingItself(string item, bool flagged)
    {
        // 五、临时停水停电。 opens an item whose sentences say who does what; read alone the heading was coercion with
        // no subject and no negation (eighteenth session). A heading with nothing after it is the item's whole text.
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《××街道老旧小区改造施工期间有关事项的公告》\n一、改造内容为雨污分流和外墙整治。\n" + item + "\n六、本公告自发布之日起施行，有效期一年。",
            new PreReviewMeta { FairCompetitionReview = true, PublicCommentDays = 30 });

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "N-CONT-03" && f.Severity >= FindingSeverity.Minor));
    }

    [Theory]
    [InlineData("第二条 由镇人民政府调整村庄规划布局，并直接核发乡村建设规划许可证。", true)]
    [InlineData("第二条 由区自然资源和规划局调整用地布局，并依法核发乡村建设规划许可证。", false)]
    public void ALayoutIsNoBureau(string article, bool flagged)
    {
        // 布局 ends in 局 but names no body: the second act of the sentence stays the township's own (eighteenth
        // session); a district bureau that issues the permit is the competent body.
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《××镇乡村旅游项目招引若干意见》\n第一条 为加快乡村旅游发展，制定本意见。\n" + article + "\n第三条 本意见自2027年1月1日起施行，有效期三年。",
            new PreReviewMeta { FairCompetitionReview = true, PublicCommentDays = 30, Issuer = "金华市婺城区××镇人民政府" });

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "N-AUTH-01" && f.Clause == "第二条"));
    }

    [Theory]
    [InlineData("第二条 甲方负责协调价格主管部门，确保本停车场收费标准在运营第二年上调为每小时四元。", true)]
    [InlineData("第二条 本停车场收费标准由价格主管部门依法核定，甲方不承诺调整。", false)]
    public void ABodyTheAgencyApproachesIsNotTheOneWhoActs(string article, bool flagged)
    {
        // 负责协调价格主管部门: a generic body name is matched with the words before it, but 负责协调 is the agency's
        // verb and the department its object, so the promise after the comma stays the agency's (eighteenth session).
        var report = RuleFixture.Analyze(PreReviewKind.AdminAgreement,
            "《××镇公共停车场特许经营协议》\n甲方：××镇人民政府\n乙方：××停车管理有限公司\n第一条 乙方经公开招标取得本停车场经营权。\n" + article + PublicInterestClause,
            new PreReviewMeta { Subtype = "特许经营", FairCompetitionReview = true });

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "C-AUTH-01" && f.Clause == "第二条"));
    }

    [Theory]
    [InlineData("第八条 乙方对本协议有异议的，可以向镇人民政府申请协调，也可以依法申请行政复议或者提起行政诉讼。", false)]
    [InlineData("第八条 乙方对补偿有异议的，可以向罗埠镇人民政府反映，也可以依法提起行政诉讼。", false)]
    [InlineData("第八条 乙方不履行本协议的，罗埠镇人民政府可以向人民法院提起诉讼。", true)]
    public void ATownshipApproachedByTheCounterpartyIsNotTheOneWhoSues(string article, bool flagged)
    {
        // 可以向镇人民政府申请协调: the generic township name was matched with 可以向 before it, so it read as the subject
        // and the counterparty's lawsuit after the comma became the agency's (C-DISP-04). 向 marks it as approached
        // (nineteenth session).
        var report = RuleFixture.Analyze(PreReviewKind.AdminAgreement,
            "《罗埠镇集体土地征收补偿协议》\n甲方：金华市婺城区罗埠镇人民政府（受金华市婺城区人民政府委托）\n乙方：罗埠镇某村股份经济合作社\n第一条 甲方依照区人民政府征收土地公告支付补偿。\n" + article + PublicInterestClause,
            new PreReviewMeta { Subtype = "集体土地征收补偿", Attachments = ["委托书", "征收土地公告"] });

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "C-DISP-04" && f.Clause == "第八条"));
    }
}
