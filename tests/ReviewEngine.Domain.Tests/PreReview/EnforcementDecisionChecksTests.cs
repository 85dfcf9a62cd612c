using ReviewEngine.Domain.PreReview;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>
/// An enforcement decision on one party's case, filed as a major decision, is read for what writers and reviewers
/// raise in it (twentieth session): the township's power in the field (N-AUTH-01), coercion the statute does not give
/// it (N-CONT-03), penalties the statute does not provide (N-CONT-02), statutory numbers (N-CONT-08), who signs and
/// who executes (N-SUBJ-*). Each defect is paired with the lawful decision it was cut from.
/// </summary>
public sealed class EnforcementDecisionChecksTests
{
    private const string Title = "罗埠镇人民政府行政处罚决定书";

    private const string Lawful =
        "金华市婺城区罗埠镇人民政府\n行政处罚决定书\n当事人：金华市某某建材有限公司。\n"
        + "一、经查，当事人于2026年3月在某村擅自堆放建筑垃圾约300平方米，经责令后仍未清理。\n"
        + "二、以上事实有现场检查笔录、询问笔录、现场照片等证据证实。\n"
        + "三、本机关已于2026年4月10日告知当事人拟作出的处罚及其陈述、申辩和要求听证的权利，当事人未提出。\n"
        + "四、依据《浙江省城市市容和环境卫生管理条例》第四十三条的规定，本机关决定对当事人处以罚款人民币五千元。\n"
        + "五、当事人应当自收到本决定书之日起十五日内缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款，加处罚款数额不超出罚款数额。\n"
        + "六、当事人如不服本决定，可以自收到本决定书之日起六十日内向金华市婺城区人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。\n"
        + "七、当事人逾期不申请复议、不起诉又不履行的，本机关将依法申请人民法院强制执行。\n"
        + "金华市婺城区罗埠镇人民政府\n2026年5月6日";

    private static readonly PreReviewMeta Township = new() { Issuer = "金华市婺城区罗埠镇人民政府" };

    private static PreReviewReport Analyze(string text, PreReviewMeta? meta = null, string title = Title) =>
        RuleFixture.Analyze(PreReviewKind.MajorDecision, text, meta ?? Township, title);

    private static string Swap(string from, string to)
    {
        Assert.Contains(from, Lawful, StringComparison.Ordinal);
        return Lawful.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLawfulDecisionIsLawful()
    {
        var report = Analyze(Lawful);

        Assert.DoesNotContain(report.Findings, f => f.Severity >= FindingSeverity.Minor);
        Assert.Equal("合法", report.ConclusionLabel);
    }

    [Theory]
    [InlineData("罗埠镇人民政府行政处罚决定书")]
    [InlineData("罗埠镇人民政府查封决定书（某某无照餐饮店）")]
    [InlineData("罗埠镇人民政府关于对某某建材厂责令停产整治并处罚款的决定")]
    [InlineData("罗埠镇人民政府终结执行决定书")]
    [InlineData("罗埠镇人民政府关于强制拆除违法建筑的公告")]
    [InlineData("罗埠镇人民政府行政强制执行申请书")]
    [InlineData("罗埠镇人民政府代履行决定书")]
    public void ADecisionOnOnePartysCaseIsReadAsAnEnforcementDecision(string title) =>
        Assert.True(EnforcementDecisionCue.IsEnforcementDecision(new PreReviewInput(PreReviewKind.MajorDecision, title, Lawful, Township)));

    [Fact]
    public void APolicyDecisionWithoutAPartyIsNotAnEnforcementDecision()
    {
        var policy = Lawful.Replace("当事人：金华市某某建材有限公司。\n", "", StringComparison.Ordinal);

        Assert.False(EnforcementDecisionCue.IsEnforcementDecision(new PreReviewInput(PreReviewKind.MajorDecision, "罗埠镇人民政府关于开展违法建设专项整治的决定", policy, Township)));
    }

    [Theory]
    // A field the province has not given townships: noise from a factory, food safety, mining.
    [InlineData("依据《浙江省城市市容和环境卫生管理条例》第四十三条的规定，本机关决定对当事人处以罚款人民币五千元", "当事人生产设备厂界噪声超过排放标准，依据《中华人民共和国噪声污染防治法》第七十五条的规定，本机关决定对当事人处以罚款人民币五千元")]
    [InlineData("依据《浙江省城市市容和环境卫生管理条例》第四十三条的规定，本机关决定对当事人处以罚款人民币五千元", "依据《中华人民共和国食品安全法》第一百二十四条的规定，本机关决定没收违法所得并处罚款人民币五万元")]
    [InlineData("依据《浙江省城市市容和环境卫生管理条例》第四十三条的规定，本机关决定对当事人处以罚款人民币五千元", "当事人非法开采砂石，依法本机关决定没收违法所得并处罚款人民币二万元")]
    public void APenaltyInAFieldNotDevolvedToTheTownshipIsBeyondItsPower(string from, string to)
    {
        var report = Analyze(Swap(from, to));

        Assert.Contains(report.Findings, f => f.RuleId == "N-AUTH-01" && f.Curability == Curability.NotCurable);
        Assert.Equal("不合法", report.ConclusionLabel);
    }

    [Fact]
    public void TheSameFieldDecidedByTheDistrictDepartmentOrReferredToItIsLawful()
    {
        var referred = Swap("依据《浙江省城市市容和环境卫生管理条例》第四十三条的规定，本机关决定对当事人处以罚款人民币五千元",
            "依据《中华人民共和国噪声污染防治法》第七十五条的规定，本案移送金华市生态环境局婺城分局依法处理");
        var byDepartment = Swap("依据《浙江省城市市容和环境卫生管理条例》第四十三条", "依据《中华人民共和国噪声污染防治法》第七十五条");

        Assert.DoesNotContain(Analyze(referred).Findings, f => f.RuleId == "N-AUTH-01");
        Assert.DoesNotContain(Analyze(byDepartment, new PreReviewMeta { Issuer = "金华市生态环境局婺城分局" }).Findings, f => f.RuleId == "N-AUTH-01");
    }

    [Fact]
    public void ATownshipDemolishingInTheCityPlanningAreaNeedsTheDistrictsOrder()
    {
        // 城乡规划法 art 68: the county-level government orders (责成) the forced demolition; a 街道 that has taken over
        // the art 64 penalty power still may not decide it alone. With the order on file the decision stands.
        const string Demolition =
            "金华市婺城区城东街道办事处\n强制拆除决定书\n当事人：杨某某。\n"
            + "一、本机关依照《中华人民共和国城乡规划法》第六十四条作出责令限期拆除决定，认定当事人在城市规划区内未取得建设工程规划许可证擅自建房。\n"
            + "二、当事人在法定期限内未申请行政复议、未提起行政诉讼，经催告仍未拆除。\n"
            + "三、本机关决定对上述违法建筑实施强制拆除。\n"
            + "四、当事人如不服本决定，可以自收到本决定书之日起六十日内向金华市婺城区人民政府申请行政复议，或者在六个月内提起行政诉讼。\n"
            + "金华市婺城区城东街道办事处";
        var meta = new PreReviewMeta { Issuer = "金华市婺城区城东街道办事处" };
        var ordered = Demolition.Replace("经催告仍未拆除。", "经催告仍未拆除。金华市婺城区人民政府已于2026年6月12日书面责成本机关实施强制拆除。", StringComparison.Ordinal);

        Assert.Contains(Analyze(Demolition, meta, "城东街道办事处强制拆除决定书").Findings, f => f.RuleId == "N-AUTH-01");
        Assert.DoesNotContain(Analyze(ordered, meta, "城东街道办事处强制拆除决定书").Findings, f => f.RuleId == "N-AUTH-01");
    }

    [Theory]
    // 行政强制法 art 43: no execution at night or on public holidays, no cutting water or power to compel.
    [InlineData(false, "本机关将于2026年10月1日国庆节当天组织力量实施强制拆除。", "本机关将在工作日白天实施强制拆除，不在夜间和法定节假日实施。")]
    [InlineData(false, "当事人逾期不拆除的，本机关将通知供电公司对当事人停止供电。", "实施过程中不对当事人及相邻住户采取停水、停电等措施。")]
    // 行政强制法 art 44: not while review or litigation may still be brought.
    [InlineData(false, "本强制拆除决定作出后，行政复议或者行政诉讼期间不停止执行。", "当事人在法定期限内不申请行政复议或者提起行政诉讼，又不拆除的，本机关依法强制拆除。")]
    // A seizure is no security for a fine (art 2, 28), nor of what the household lives on (art 23).
    [InlineData(false, "当事人缴清罚款后方可领回被扣押的三轮车。", "扣押期限届满或者违法行为已经消除的，本机关依法解除扣押并退还财物。")]
    [InlineData(false, "扣押当事人住宅内的冰箱、电视机各一台，作为其履行拆除义务的担保。", "扣押现场的混凝土搅拌机一台。")]
    // 行政强制法 art 47: only an agency the law names transfers money from an account; the court does it for a township.
    [InlineData(false, "当事人逾期不缴纳罚款的，本机关将从其银行账户中划拨存款。", "当事人逾期不缴纳罚款的，本机关将依法申请人民法院强制执行。")]
    // 土地管理法 art 83: the court executes a demolition ordered in a land penalty.
    [InlineData(true, "当事人逾期不拆除的，由本机关组织强制拆除。", "当事人逾期不起诉又不自行拆除的，由本机关依法申请人民法院强制执行。")]
    public void CoercionTheStatuteDoesNotGiveIsFlaggedAndTheLawfulFormIsNot(bool landPenalty, string unlawful, string lawful)
    {
        // A township may itself demolish in a village planning area (城乡规划法 art 65), not after a land penalty.
        var basis = landPenalty
            ? "依据《中华人民共和国土地管理法》第七十八条的规定，本机关决定责令当事人退还非法占用的土地，限期拆除在非法占用的土地上新建的房屋"
            : "依据《中华人民共和国城乡规划法》第六十五条的规定，本机关决定责令当事人限期拆除在村庄规划区内未取得乡村建设规划许可证建设的房屋";
        var decision = Swap("依据《浙江省城市市容和环境卫生管理条例》第四十三条的规定，本机关决定对当事人处以罚款人民币五千元", basis);

        Assert.Contains(Analyze(decision.Replace("七、", unlawful + "\n八、", StringComparison.Ordinal)).Findings, f => f.RuleId == "N-CONT-03");
        Assert.DoesNotContain(Analyze(decision.Replace("七、", lawful + "\n八、", StringComparison.Ordinal)).Findings, f => f.RuleId == "N-CONT-03");
    }

    [Theory]
    [InlineData("十五日内缴纳罚款", "五日内缴纳罚款")]
    [InlineData("加处罚款数额不超出罚款数额", "直至缴清为止")]
    [InlineData("在六个月内依法向人民法院提起行政诉讼", "在三个月内依法向人民法院提起行政诉讼")]
    [InlineData("向金华市婺城区人民政府申请行政复议", "向金华市婺城区综合行政执法局申请行政复议")]
    [InlineData("处以罚款人民币五千元", "对违法建设处以罚款人民币三万元（相当于建设工程造价的百分之十五）")]
    [InlineData("加处罚款数额不超出罚款数额。", "加处罚款数额不超出罚款数额。扣押的工具扣押期限至案件处理完毕之日止。")]
    public void StatutoryNumbersAndTheReviewBodyMustMatchTheLaw(string from, string to)
    {
        var report = Analyze(Swap(from, to));

        Assert.Contains(report.Findings, f => f.RuleId == "N-CONT-08");
        Assert.Equal("修改后合法", report.ConclusionLabel);
    }

    [Fact]
    public void AFineTheCitedArticleDoesNotProvideIsAPenaltyWithoutBasis()
    {
        // 城乡规划法 art 65 (village planning areas) orders demolition; it has no fine.
        var report = Analyze(Swap("依据《浙江省城市市容和环境卫生管理条例》第四十三条的规定，本机关决定对当事人处以罚款人民币五千元",
            "依据《中华人民共和国城乡规划法》第六十五条的规定，本机关决定责令当事人限期拆除加层部分，并处罚款人民币二万元"));

        Assert.Contains(report.Findings, f => f.RuleId == "N-CONT-02");
    }

    [Fact]
    public void AVillageCommitteeNeitherDecidesNorExecutes()
    {
        var byCommittee = Analyze(Lawful.Replace("\n金华市婺城区罗埠镇人民政府\n2026", "\n罗埠镇某某村村民委员会\n2026", StringComparison.Ordinal),
            new PreReviewMeta { Issuer = "罗埠镇某某村村民委员会" });
        var executedByCommittee = Analyze(Lawful.Replace("七、", "七、本次强制拆除由某某村村民委员会组织本村劳动力具体实施。\n八、", StringComparison.Ordinal));

        Assert.Contains(byCommittee.Findings, f => f.RuleId == "N-SUBJ-01" && f.Curability == Curability.NotCurable);
        Assert.Contains(executedByCommittee.Findings, f => f.RuleId == "N-SUBJ-02");
    }

    [Fact]
    public void AClosureWithoutAHearingNoticeIsAPrompt()
    {
        // 处罚法 art 63: 停产停业 needs a hearing notice. The notice is in the case file, so the decision that does not
        // recite it is a prompt for the reviewer (ADVICE), not a finding.
        var closure = Swap("三、本机关已于2026年4月10日告知当事人拟作出的处罚及其陈述、申辩和要求听证的权利，当事人未提出。\n", "")
            .Replace("处以罚款人民币五千元", "责令停业整治一个月", StringComparison.Ordinal);

        Assert.Contains(Analyze(closure).Findings, f => f.RuleId == "N-PROC-04" && f.Severity == FindingSeverity.Advice);
        Assert.DoesNotContain(Analyze(Lawful.Replace("处以罚款人民币五千元", "责令停业整治一个月", StringComparison.Ordinal)).Findings, f => f.RuleId == "N-PROC-04");
    }

    [Theory]
    // A reminder (催告) after the payment deadline gives ten days (行政强制法 art 35), and a temporary building's fine
    // may reach its whole cost (城乡规划法 art 66): neither is a wrong statutory number.
    [InlineData("十五日内缴纳罚款", "十五日内缴纳罚款。当事人逾期未缴纳，本机关已催告其在收到催告书之日起十日内缴纳罚款")]
    [InlineData("处以罚款人民币五千元", "处以罚款人民币二万四千元（相当于临时建设工程造价的百分之三十）")]
    public void RemindersAndTemporaryBuildingsKeepTheirOwnNumbers(string from, string to) =>
        Assert.DoesNotContain(Analyze(Swap(from, to)).Findings, f => f.RuleId == "N-CONT-08");

    [Fact]
    public void ASecurityFirmDoesNotSealOrCountSeizedGoods()
    {
        // 行政强制法 art 17: coercive measures are carried out by qualified officers, not entrusted to others.
        var report = Analyze(Lawful.Replace("七、", "七、查封现场张贴封条、清点物品由保安公司人员负责实施。\n八、", StringComparison.Ordinal));

        Assert.Contains(report.Findings, f => f.RuleId == "N-SUBJ-02");
    }
}
