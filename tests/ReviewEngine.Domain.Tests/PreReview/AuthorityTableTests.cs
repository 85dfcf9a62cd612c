using ReviewEngine.Domain.PreReview;
using ReviewEngine.Domain.PreReview.Rules;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>Issue 15 item 2: the signing body's authority by matter, as data (workflows/checklists/authority.json).</summary>
public sealed class AuthorityTableTests
{
    private const string Table = """
        {"schemaVersion": 1, "authority": {"township": "镇人民政府$",
          "entrustment": {"text": ["受[^。]{0,20}委托"]}, "approval": {"attachments": ["批复"]},
          "matters": [%MATTER%]}, "rules": []}
        """;

    private const string LandRecovery = """
        {"id": "land-recovery", "title": "收回国有建设用地使用权", "basis": [{"law": "中华人民共和国土地管理法", "article": "第五十八条"}],
         "acts": ["(?<act>收回)[^。]{0,10}土地"], "competent": ["区人民政府$"], "competentText": "区人民政府", "township": "entrusted"}
        """;

    private static string Rule(string detector) => $$"""
        {"schemaVersion": 1, "rules": [{"id": "C-SUBJ-02", "title": "t", "kinds": ["ADMIN_AGREEMENT"], "severity": "BLOCKING",
          "curability": "NOT_CURABLE", "basis": [{"law": "l", "article": "a"}], "explanation": "e", "suggestion": "s",
          "detect": [{{detector}}]}]}
        """;

    private static RuleFileException LoadFails(params (string, string)[] files) =>
        Assert.Throws<RuleFileException>(() => RuleSetLoader.Load(files));

    [Fact]
    public void UnknownMatterIsRejectedWithFileJsonPathAndTheKnownMatters()
    {
        var error = LoadFails(
            ("authority.json", Table.Replace("%MATTER%", LandRecovery, StringComparison.Ordinal)),
            ("contract.json", Rule("""{"type": "pattern", "in": "sentence", "authority": "land-recovry"}""")));

        Assert.Equal("contract.json", error.File);
        Assert.Equal("$.rules[0].detect[0].authority", error.JsonPath);
        Assert.Contains("unknown matter 'land-recovry' (known: land-recovery)", error.Message, StringComparison.Ordinal);
    }

    private const string Cremation = """
        {"id": "cremation-zone", "title": "划定火葬区", "basis": [{"law": "殡葬管理条例", "article": "第四条"}],
         "acts": ["(?<act>划定)[^。]{0,10}火葬区"], "competent": ["省人民政府$"], "competentText": "省人民政府", "township": "never",
         "note": "火葬区由省人民政府划定。"}
        """;

    private static string TwoMatters => Table.Replace("%MATTER%", LandRecovery + "," + Cremation, StringComparison.Ordinal);

    [Fact]
    public void ADetectorNamingSeveralMattersRunsOncePerMatterExplainedByEachMattersNote()
    {
        var rules = RuleSetLoader.Load([
            ("authority.json", TwoMatters),
            ("contract.json", Rule("""{"type": "pattern", "in": "sentence", "authority": ["land-recovery", "cremation-zone"], "actor": ["agency", "unknown"]}""")),
        ]);

        var detectors = rules.Rules.Single().Detectors;
        Assert.Equal(["land-recovery", "cremation-zone"], detectors.Select(d => d.Authority!.Id));
        Assert.Equal([null, "火葬区由省人民政府划定。"], detectors.Select(d => d.Note));
        Assert.All(detectors, d => Assert.Equal(d.Authority!.Acts, d.Any));
    }

    [Theory]
    [InlineData("[]", "$.rules[0].detect[0].authority", "'authority' names no matter")]
    [InlineData("""["land-recovery", "cremation-zon"]""", "$.rules[0].detect[0].authority[1]", "unknown matter 'cremation-zon'")]
    [InlineData("""["land-recovery", "land-recovery"]""", "$.rules[0].detect[0].authority", "matter 'land-recovery' is named twice")]
    [InlineData("7", "$.rules[0].detect[0].authority", "expected a string or an array of strings")]
    public void ABadListOfMattersIsRejectedWithItsJsonPath(string authority, string path, string message)
    {
        var error = LoadFails(
            ("authority.json", TwoMatters),
            ("contract.json", Rule($$"""{"type": "pattern", "in": "sentence", "authority": {{authority}}}""")));

        Assert.Equal("contract.json", error.File);
        Assert.Equal(path, error.JsonPath);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownTownshipPowerAndAuthorityOnANonPatternDetectorAreRejected()
    {
        var badPower = LoadFails(("authority.json", Table.Replace("%MATTER%", LandRecovery.Replace("\"entrusted\"", "\"sometimes\"", StringComparison.Ordinal), StringComparison.Ordinal)));
        Assert.Equal("$.authority.matters[0].township", badPower.JsonPath);
        Assert.Contains("'sometimes'", badPower.Message, StringComparison.Ordinal);

        var notPattern = LoadFails(
            ("authority.json", Table.Replace("%MATTER%", LandRecovery, StringComparison.Ordinal)),
            ("contract.json", Rule("""{"type": "metadata", "field": "issuer", "condition": "missing", "authority": "land-recovery"}""")));
        Assert.Equal("$.rules[0].detect[0]", notPattern.JsonPath);
        Assert.Contains("'authority' applies to pattern detectors only", notPattern.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRepositoryTableCoversTheMattersOfIssue15AndItsRulesUseIt()
    {
        var rules = RuleFixture.LoadRules();

        foreach (var id in new[] { "house-expropriation", "house-expropriation-decision", "land-recovery", "state-land-transfer", "concession", "penalty", "construction-licence", "collective-land-expropriation" })
        {
            Assert.True(rules.Authority.Matters.ContainsKey(id), $"authority.json lacks matter '{id}'");
        }
        Assert.Equal(TownshipPower.Entrusted, rules.Authority.Matters["house-expropriation"].Township);
        Assert.Equal(TownshipPower.Never, rules.Authority.Matters["house-expropriation-decision"].Township);
        Assert.Equal(TownshipPower.Devolved, rules.Authority.Matters["penalty"].Township);
        foreach (var ruleId in new[] { "C-SUBJ-02", "N-AUTH-01", "C-AUTH-01" })
        {
            Assert.Contains(rules.Rules.Single(r => r.Id == ruleId).Detectors, d => d.Authority is not null);
        }
    }

    private const string LandRecoveryArticles =
        "\n第一条 甲方依法收回乙方位于××路的国有建设用地使用权，面积2000平方米。\n第二条 甲方向乙方支付补偿款人民币叁佰万元。";

    [Theory]
    [InlineData("甲方：××镇人民政府 乙方：××纺织有限公司", null, true)]
    [InlineData("甲方：××街道办事处 乙方：××纺织有限公司", null, true)]
    [InlineData("甲方：××镇人民政府（受××区人民政府委托） 乙方：××纺织有限公司", "委托书", false)]
    [InlineData("甲方：××区人民政府 乙方：××纺织有限公司", null, false)]
    [InlineData("甲方：××区自然资源和规划局 乙方：××纺织有限公司", null, false)]
    public void ATownshipRecoveringStateLandNeedsAnEntrustment(string parties, string? attachment, bool flagged)
    {
        var meta = new PreReviewMeta { Attachments = attachment is null ? ["收回土地批准文件"] : ["收回土地批准文件", attachment] };
        var report = RuleFixture.Analyze(PreReviewKind.AdminAgreement, "《国有建设用地使用权收回补偿协议》 " + parties + LandRecoveryArticles, meta);

        if (flagged)
        {
            var finding = Assert.Single(report.Findings, f => f.RuleId == "C-SUBJ-02");
            Assert.Equal(Curability.NotCurable, finding.Curability);
            Assert.Contains("职权表", finding.Explanation, StringComparison.Ordinal);
            Assert.Equal("不同意签订", report.ConclusionLabel);
        }
        else
        {
            Assert.DoesNotContain(report.Findings, f => f.RuleId == "C-SUBJ-02");
        }
    }

    [Fact]
    public void TheEntrustmentLetterStatedAsStillMissingIsNoEntrustment()
    {
        var report = RuleFixture.Analyze(PreReviewKind.AdminAgreement,
            "《国有建设用地使用权收回补偿协议》 甲方：××镇人民政府（受××区人民政府委托） 乙方：××纺织有限公司" + LandRecoveryArticles
            + "\n第三条 区人民政府的委托书尚未出具，待出具后补入本协议。",
            new PreReviewMeta { Attachments = ["收回土地批准文件"] });

        Assert.Contains(report.Findings, f => f.RuleId == "C-SUBJ-02");
    }

    private const string HouseArticles =
        "\n第一条 甲方作为征收人，对乙方位于××街12号的房屋实施征收，乙方选择货币补偿。\n第二条 补偿金额为人民币壹佰万元，甲方于协议生效后三十日内支付。";

    [Theory]
    [InlineData("甲方：××镇人民政府 乙方（被征收人）：张××", null, true)]
    [InlineData("甲方：××镇人民政府（受××区住房和城乡建设局委托） 乙方（被征收人）：张××", "房屋征收委托书", false)]
    [InlineData("甲方（房屋征收部门）：××区住房和城乡建设局 乙方（被征收人）：张××", null, false)]
    public void ATownshipActingAsExpropriatorNeedsAnEntrustment(string parties, string? attachment, bool flagged)
    {
        var meta = new PreReviewMeta { Attachments = attachment is null ? ["房屋征收决定"] : ["房屋征收决定", attachment] };
        var report = RuleFixture.Analyze(PreReviewKind.AdminAgreement, "《国有土地上房屋征收补偿协议》 " + parties + HouseArticles, meta);

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "C-SUBJ-02" && f.Curability == Curability.NotCurable));
    }

    [Theory]
    [InlineData("××镇人民政府", "二、在本镇范围内新建厂房的，须经镇人民政府审批同意并领取《××镇建设项目开工许可证》后方可开工。", true)]
    // An approval of the township's own before work starts is a licence the document may not create (N-CONT-01),
    // not a matter beyond the township: deleting the clause cures it (independent writers label it so, 17 to 2).
    [InlineData("××街道办事处", "二、辖区内搭建临时生产用房的，应当经街道办事处审核同意后方可施工。", false)]
    [InlineData("××镇人民政府", "二、在本镇范围内新建厂房的，由建设单位依法向区住房和城乡建设局申请领取建筑工程施工许可证。", false)]
    [InlineData("××镇人民政府", "二、本镇不设立任何开工审批，建设单位依法取得建设工程规划许可证后开工。", false)]
    public void ATownshipCreatingAConstructionLicenceIsBeyondItsPowers(string issuer, string article, bool flagged)
    {
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《××关于规范厂房建设管理的规定》\n一、为规范建设秩序，制定本规定。\n" + article + "\n三、本规定自2026年6月1日起施行，有效期三年。",
            new PreReviewMeta { Issuer = issuer, DraftedOn = new DateOnly(2026, 4, 20), EffectiveOn = new DateOnly(2026, 6, 1), PublicCommentDays = 30, FairCompetitionReview = true, Attachments = ["起草说明", "制定依据", "征求意见及采纳情况"] });

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "N-AUTH-01" && f.Clause == "二"));
        if (flagged)
        {
            Assert.Contains(report.Findings, f => f.RuleId == "N-CONT-01" && f.Clause == "二");
            Assert.Equal("不合法", report.ConclusionLabel);
        }
        else if (article.Contains("方可施工", StringComparison.Ordinal))
        {
            Assert.Contains(report.Findings, f => f.RuleId == "N-CONT-01" && f.Clause == "二");
            Assert.Equal("修改后合法", report.ConclusionLabel);
        }
    }

    [Theory]
    [InlineData("××镇人民政府", true)]
    [InlineData("××区人民政府", false)]
    public void OnlyACountyLevelGovernmentMayBanFireworks(string issuer, bool flagged)
    {
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《关于禁止燃放烟花爆竹的通告》\n一、自2026年3月1日起，本辖区内全域禁止燃放烟花爆竹。\n二、本通告自2026年3月1日起施行，有效期五年。",
            new PreReviewMeta { Issuer = issuer, DraftedOn = new DateOnly(2026, 1, 20), EffectiveOn = new DateOnly(2026, 3, 1), PublicCommentDays = 30, FairCompetitionReview = true, Attachments = ["起草说明", "制定依据", "征求意见及采纳情况"] });

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "N-AUTH-01"));
    }

    [Theory]
    [InlineData("一、本镇集镇区为烟花爆竹禁止燃放区域，全年禁止燃放烟花爆竹。", true)]
    [InlineData("一、学校周边二百米范围内禁止燃放、限制销售烟花爆竹。", true)]
    [InlineData("一、在区人民政府规定的禁放区域燃放烟花爆竹的，由公安机关依法处理。", false)]
    public void AZoneDrawnWithTwoProhibitionsIsStillDrawn(string article, bool flagged)
    {
        // The act is itself a prohibition: an earlier 禁止 in the same scope does not turn the second one into a refusal.
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《××镇烟花爆竹燃放管理规定》\n" + article + "\n二、本规定自2026年3月1日起施行，有效期五年。",
            new PreReviewMeta { Issuer = "××镇人民政府", DraftedOn = new DateOnly(2026, 1, 20), EffectiveOn = new DateOnly(2026, 3, 1), PublicCommentDays = 30, FairCompetitionReview = true, Attachments = ["起草说明", "制定依据", "征求意见及采纳情况"] });

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "N-AUTH-01" && f.Clause == "一"));
    }

    [Theory]
    [InlineData("二、本办法适用于经区人民政府依法作出房屋征收决定的旧村改造项目。", false)]
    [InlineData("二、本办法适用于由区人民政府作出征收决定的项目。", false)]
    [InlineData("二、镇人民政府决定对××村房屋予以征收。", true)]
    public void ADecisionTheDistrictMadeIsNotTheTownshipsAct(string article, bool flagged)
    {
        var report = RuleFixture.Analyze(PreReviewKind.NormativeDoc,
            "《××镇旧村改造过渡安置费发放办法》\n一、为规范过渡安置费发放，制定本办法。\n" + article + "\n三、被征收户可以向区房屋征收部门申请复核。\n四、本办法自2026年6月1日起施行，有效期三年。",
            new PreReviewMeta { Issuer = "××镇人民政府", DraftedOn = new DateOnly(2026, 4, 20), EffectiveOn = new DateOnly(2026, 6, 1), PublicCommentDays = 30, FairCompetitionReview = true, Attachments = ["起草说明", "制定依据", "征求意见及采纳情况"] });

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "N-AUTH-01" && f.Clause == "二"));
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "N-AUTH-01" && f.Clause == "三");
    }

    [Theory]
    [InlineData("××片区改造建设指挥部", true)]
    [InlineData("××区住房和城乡建设局", false)]
    public void AnAdHocBodyIsNeverTheExpropriator(string signer, bool flagged)
    {
        var meta = new PreReviewMeta { Attachments = ["房屋征收决定", "征收补偿方案"] };
        var report = RuleFixture.Analyze(PreReviewKind.AdminAgreement,
            "《房屋征收补偿协议》 征收人（甲方）：" + signer + " 被征收人（乙方）：张××" + HouseArticles, meta);

        Assert.Equal(flagged, report.Findings.Any(f => f.RuleId == "C-SUBJ-02"));
    }
}
