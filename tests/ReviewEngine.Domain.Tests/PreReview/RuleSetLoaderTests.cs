using System.Text.RegularExpressions;
using ReviewEngine.Domain.PreReview;
using ReviewEngine.Domain.PreReview.Rules;

namespace ReviewEngine.Domain.Tests.PreReview;

public sealed partial class RuleSetLoaderTests
{
    private static string TestDataFile(string name) =>
        Path.Combine(RepoPaths.Root, "tests", "ReviewEngine.Domain.Tests", "PreReview", "TestData", name);

    private static RuleFileException LoadFails(params string[] names) =>
        Assert.Throws<RuleFileException>(() => RuleSetLoader.Load(names.Select(n => (n, File.ReadAllText(TestDataFile(n))))));

    [Theory]
    [InlineData("unknown-field.json", "$.rules[0].severty", "severty")]
    [InlineData("unknown-detector-field.json", "$.rules[0].detect[0].anyOf", "anyOf")]
    [InlineData("unknown-severity.json", "$.rules[0].severity", "CRITICAL")]
    [InlineData("unknown-kind.json", "$.rules[0].kinds[1]", "POLICY")]
    [InlineData("bad-regex.json", "$.rules[0].detect[0].any[1]", "invalid regular expression")]
    [InlineData("unknown-type.json", "$.rules[0].detect[0].type", "keyword")]
    [InlineData("preset-not-curable.json", "$.rules[0].curability", "NOT_CURABLE")]
    [InlineData("unknown-reference.json", "$.rules[0].detect[0].withRules", "N-XXX-99")]
    [InlineData("unknown-subsumer.json", "$.rules[0].detect[0].subsumedBy", "unknown rule id 'N-XXX-98'")]
    [InlineData("late-subsumer.json", "$.rules[0].detect[0].subsumedBy", "rule 'N-CONT-03' reads other rules' findings itself")]
    [InlineData("threshold-without-group.json", "$.rules[0].detect[0]", "(?<n>")]
    [InlineData("lacks-without-names.json", "$.rules[0].detect[0]", "condition 'lacks' needs field 'attachments' and 'any'")]
    [InlineData("unknown-detector-nature.json", "$.rules[0].detect[0].nature", "PUBLIC")]
    [InlineData("days-between-without-keys.json", "$.rules[0].detect[0]", "condition 'daysBetween' needs field 'facts', 'fromFact', 'toFact'")]
    [InlineData("unknown-detector-kind.json", "$.rules[0].detect[0].kinds[0]", "unknown kind 'DECISION'")]
    [InlineData("unknown-term.json", "$.rules[0].detect[0].any[1]", "unknown term '{{罚没}}'")]
    [InlineData("zero-weight.json", "$.consideration.rules.N-CONT-02", "weight must be a whole number of at least 1")]
    [InlineData("rule-exceptions-without-pattern.json", "$.rules[0].unless", "a rule-level exception applies to pattern detectors")]
    [InlineData("rule-exceptions-bad-regex.json", "$.rules[0].unlessClause[0]", "invalid regular expression")]
    [InlineData("act-in-condition-unknown.json", "$.rules[0].detect[0].inCondition", "unknown value 'always' (skip, flag)")]
    public void InvalidFileIsRejectedWithFilePathAndReason(string file, string jsonPath, string reason)
    {
        var error = LoadFails(file);

        Assert.Equal(file, error.File);
        Assert.Equal(jsonPath, error.JsonPath);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{file}: {jsonPath}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateRuleIdAcrossFilesIsRejected()
    {
        var error = LoadFails("duplicate-a.json", "duplicate-b.json");

        Assert.Equal("duplicate-b.json", error.File);
        Assert.Contains("duplicate rule id 'N-CONT-02'", error.Message, StringComparison.Ordinal);
        Assert.Contains("duplicate-a.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TermOfOneFileIsExpandedInThePatternsOfAnother()
    {
        var rules = RuleSetLoader.Load(new[] { "terms-a.json", "uses-term.json" }.Select(n => (n, File.ReadAllText(TestDataFile(n)))));

        var pattern = Assert.Single(rules.Rules.Single().Detectors.Single().Any);
        Assert.Matches(pattern, "没收其财物");
        Assert.Matches(pattern, "处以罚款并扣留财物");
        Assert.DoesNotMatch(pattern, "扣押其财物");
    }

    [Fact]
    public void RuleLevelExceptionsApplyToEveryPatternDetectorOfTheRule()
    {
        var rules = RuleSetLoader.Load([("rule-exceptions.json", File.ReadAllText(TestDataFile("rule-exceptions.json")))]);
        var flags = ArticleFlags(rules, "N-CONT-02");

        Assert.True(flags("乱扔垃圾的，处五十元罚款。"));
        Assert.True(flags("占道经营的，没收其工具。"));
        // unless (sentence, the detectors' unit) and unlessClause (the whole article) reach both detectors
        Assert.False(flags("乱扔垃圾的，依照《浙江省市容和环境卫生管理条例》处五十元罚款。"));
        Assert.False(flags("占道经营的，依照《浙江省市容和环境卫生管理条例》没收其工具。"));
        Assert.False(flags("占道经营的，没收其工具。法律另有规定的，从其规定。"));
        Assert.Empty(rules.Rules.Single().Detectors.Single(d => d.Type == DetectorType.Metadata).Unless);
    }

    [Fact]
    public void InConditionFlagReadsAnActNamedAsTheConditionOfAnother()
    {
        var flags = ArticleFlags(RuleSetLoader.Load([("act-in-condition.json", File.ReadAllText(TestDataFile("act-in-condition.json")))]), "N-SUBJ-02");

        // The approval stated as the condition of entry still makes the task force the approving body…
        Assert.True(flags("经街道专班审核通过的，方可进场经营。"));
        Assert.True(flags("经街道专班审核后，方可进场经营。"));
        // …while a detector left at the default reads an act in a …的， segment as not done.
        Assert.False(flags("经街道指挥部审核通过的，方可进场经营。"));
        Assert.True(flags("经街道指挥部审核后，方可进场经营。"));
    }

    /// <summary>Whether the rule fires on a township document whose second article is the given text.</summary>
    private static Func<string, bool> ArticleFlags(RuleSet rules, string ruleId)
    {
        var engine = new PreReviewEngine(rules);
        return article => engine.Analyze(new PreReviewInput(PreReviewKind.NormativeDoc, "",
            "《××镇办法》\n第一条 为规范管理，制定本办法。\n第二条 " + article, new PreReviewMeta { Issuer = "××镇人民政府" }))
            .Findings.Any(f => f.RuleId == ruleId);
    }

    [Fact]
    public void DuplicateTermAcrossFilesIsRejected()
    {
        var error = LoadFails("terms-a.json", "terms-b.json", "uses-term.json");

        Assert.Equal("terms-b.json", error.File);
        Assert.Equal("$.terms.罚没", error.JsonPath);
        Assert.Contains("terms-a.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepositoryRuleFilesLoadWithUniqueIdsAndEveryDetectorUsable()
    {
        var rules = RuleFixture.LoadRules();

        Assert.True(rules.Rules.Count >= 50, $"expected the full checklist, got {rules.Rules.Count} rules");
        Assert.Equal(rules.Rules.Count, rules.Rules.Select(r => r.Id).Distinct().Count());
        Assert.All(rules.Rules, r => Assert.NotEmpty(r.Detectors));
        Assert.NotNull(rules.AgencyParty);
    }

    [Fact]
    public void EveryRuleIdIsListedInTheChecklistsDoc()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "checklists.md"));
        var checklistIds = ChecklistIdRegex().Matches(doc).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.All(RuleFixture.LoadRules().Rules, r => Assert.Contains(r.Id, checklistIds));
    }

    [Fact]
    public void PresetNotCurableItemsAreNotCurableInTheRepositoryFiles()
    {
        var rules = RuleFixture.LoadRules().Rules.ToDictionary(r => r.Id);

        foreach (var id in new[] { "N-SUBJ-01", "N-AUTH-01", "C-SUBJ-01", "C-SUBJ-02", "C-PROC-02" })
        {
            Assert.Equal(ReviewEngine.Domain.PreReview.Curability.NotCurable, rules[id].Curability);
        }
    }

    [GeneratedRegex(@"^\| ([NCE]-[A-Z]+-\d{2}) \|", RegexOptions.Multiline)]
    private static partial Regex ChecklistIdRegex();
}
