using ReviewEngine.Domain.PreReview;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>Metadata the form left out is inferred from the text (成文日期, 施行日期, 有效期, issuer).</summary>
public sealed class FactsInferenceTests
{
    [Fact]
    public void DraftingDateEffectiveDateAndValidityComeFromTheText()
    {
        const string text = "《××镇办法》\n第一条 为了规范，制定本办法。\n第九条 本办法自2026年7月1日起施行，有效期至2029年6月30日。\n××镇人民政府\n2026年5月20日";
        var facts = RuleFixture.Analyze(PreReviewKind.NormativeDoc, text).Facts;

        Assert.Equal(new DateOnly(2026, 5, 20), facts.DraftedOn);
        Assert.Equal(new DateOnly(2026, 7, 1), facts.EffectiveOn);
        Assert.True(facts.ValidityStated);
        Assert.InRange(facts.ValidityYears!.Value, 2.9m, 3.1m);
        Assert.Contains(facts.Issuers, i => i.Name == "××镇人民政府" && i.Label == "落款");
    }

    [Fact]
    public void AMetaEntryUnderTheRegistrarsOwnNameIsReadAsAFileFact()
    {
        var input = PreReviewCaseReader.FromJson("""
            {"kind":"AGENCY_CIVIL_CONTRACT","title":"厂房租赁合同","text":"《厂房租赁合同》\n出租方：××乡人民政府\n承租方：××有限公司\n第一条 租期五年。",
             "meta":{"issuer":"××乡人民政府","creditCheck":"承租方被列为失信被执行人","amount":180000,"facts":{"乙方营业执照":"已提交"}}}
            """);
        var pairs = PreReviewCaseReader.MetaFromPairs(["issuer=××乡人民政府", "备案情况=未报送"]);

        Assert.Equal("承租方被列为失信被执行人", input.Meta.Facts!["creditCheck"]);
        Assert.Equal("已提交", input.Meta.Facts["乙方营业执照"]);
        Assert.False(input.Meta.Facts.ContainsKey("issuer"));
        Assert.Equal("未报送", pairs.Facts!["备案情况"]);
        Assert.Contains(RuleFixture.Engine.Analyze(input).Findings, f => f.RuleId == "C-SUBJ-03" && f.Severity == FindingSeverity.Blocking);
    }

    [Fact]
    public void InForceOnIssueUsesTheDraftingDateAndChineseYearsAreRead()
    {
        const string text = "《××街道关于规范摊点的规定》\n一、摊主应当文明经营。\n二、本规定自印发之日起施行，有效期五年。";
        var facts = RuleFixture.Analyze(PreReviewKind.NormativeDoc, text, new PreReviewMeta { DraftedOn = new DateOnly(2026, 3, 1) }).Facts;

        Assert.True(facts.EffectiveOnIssue);
        Assert.Equal(new DateOnly(2026, 3, 1), facts.EffectiveOn);
        Assert.Equal(5m, facts.ValidityYears);
        Assert.Contains(facts.Issuers, i => i.Name == "××街道" && i.Label == "标题");
    }

    [Theory]
    [InlineData("本办法自2026年7月1日起施行，施行期限为三年。", 3.0)]
    [InlineData("本办法自2026年7月1日起施行，至2028年6月30日止。", 2.0)]
    [InlineData("本办法自2026年7月1日起试行，有效期2年。", 2.0)]
    public void ValidityIsReadFromItsUsualWordings(string clause, double years)
    {
        var facts = RuleFixture.Analyze(PreReviewKind.NormativeDoc, "《办法》\n第一条 各村做好保洁。\n第二条 " + clause).Facts;

        Assert.True(facts.ValidityStated);
        Assert.InRange((double)facts.ValidityYears!.Value, years - 0.05, years + 0.05);
    }

    [Fact]
    public void FormMetadataWinsOverTheText()
    {
        const string text = "《办法》\n第一条 本办法自2026年7月1日起施行。\n××镇人民政府\n2026年5月20日";
        var meta = new PreReviewMeta { DraftedOn = new DateOnly(2026, 4, 1), EffectiveOn = new DateOnly(2026, 8, 1) };
        var facts = RuleFixture.Analyze(PreReviewKind.NormativeDoc, text, meta).Facts;

        Assert.Equal(new DateOnly(2026, 4, 1), facts.DraftedOn);
        Assert.Equal(new DateOnly(2026, 8, 1), facts.EffectiveOn);
    }

    [Fact]
    public void ContractPartiesSubtypeAndNatureAreRecognised()
    {
        const string text = "《××镇厂房租赁合同》 出租人（甲方）：××镇人民政府 承租人（乙方）：××包装有限公司\n第一条 租赁期限为五年。";
        var facts = RuleFixture.Analyze(PreReviewKind.AgencyCivilContract, text).Facts;

        Assert.Equal("租赁", facts.Subtype);
        Assert.Equal(ContractNature.Civil, facts.Nature);
        Assert.Equal("××镇人民政府", facts.LeadAgency?.Name);
        Assert.Contains(facts.Parties, p => p.Name == "××包装有限公司" && !p.IsAgency);
    }

    // Every form field the registrar fills in reaches the rules as a file fact, so a fact may be a whole paragraph. A
    // fact pattern that backtracks over it (…[^：]*…[^：]*：) ran past the one-second regex limit and stopped the upload.
    [Theory]
    [InlineData(PreReviewKind.NormativeDoc, "《××办法》\n第一条 为规范管理，制定本办法。\n第二条 本办法自2026年7月1日起施行，有效期三年。")]
    [InlineData(PreReviewKind.AdminAgreement, "甲方：××镇人民政府\n乙方：××有限公司\n第一条 乙方投资建设项目。\n第二条 本协议自双方签字盖章之日起生效。")]
    [InlineData(PreReviewKind.AgencyCivilContract, "甲方：××镇人民政府\n乙方：××有限公司\n第一条 乙方承建道路工程。\n第二条 本合同自双方签字盖章之日起生效。")]
    public void ParagraphLongFactsAreReadWithinTheRegexLimit(PreReviewKind kind, string text)
    {
        var paragraph = string.Concat(Enumerable.Repeat(
            "项目名称为××产业园区基础设施项目，审批事项包括立项批准、用地审批和规划许可，公平竞争审查、征求意见、备案公布、授权委托书、重大决策、风险评估、签署稿比对等事项另行说明", 200));
        var meta = new PreReviewMeta
        {
            Issuer = "××镇人民政府",
            Facts = new Dictionary<string, string> { ["项目概况"] = paragraph, ["审批情况说明"] = paragraph, ["公平竞争审查说明"] = paragraph },
        };

        var report = RuleFixture.Analyze(kind, text, meta);

        Assert.NotNull(report.ConclusionLabel);
    }
}
