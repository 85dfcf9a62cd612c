using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;
using static ReviewEngine.Domain.Tests.Reviews.CaseDriver;

namespace ReviewEngine.Domain.Tests.Reviews;

/// <summary>
/// Issue 21 item 3: 公平竞争审查 is a hard stop declared in the workflow data: a 招商引资 or 特许经营 agreement, or a
/// normative document that touches market participants, cannot pass registration without the review record, and the
/// refusal names the rule; other cases are not held up by it.
/// </summary>
public sealed class BlockingMaterialTests
{
    private static readonly string[] AgreementMaterials = ["contractText", "draftingNote", "counterpartyInfo", "legalBasis"];
    private static readonly string[] NormativeMaterials = ["draft", "draftingNote", "legalBasis", "publicComment"];

    [Theory]
    [InlineData("招商引资")]
    [InlineData("特许经营")]
    public async Task AnInvestmentOrConcessionAgreementCannotBeAcceptedWithoutTheFairCompetitionRecord(string subtype)
    {
        var d = Submit("administrative-agreement", "2026-03-02", new Dictionary<string, string> { ["subtype"] = subtype }, AgreementMaterials);

        var refused = await Assert.ThrowsAsync<ActionRejectedException>(() => d.Act(Registrar, "accept"));

        Assert.Contains("公平竞争审查表", refused.Message);
        Assert.Contains("《公平竞争审查条例》第十八条", refused.Message);
        Assert.Equal("registration", d.Case.State);
    }

    [Fact]
    public async Task WithTheRecordAttachedTheSameAgreementIsAccepted()
    {
        var d = Submit("administrative-agreement", "2026-03-02", new Dictionary<string, string> { ["subtype"] = "招商引资" }, [.. AgreementMaterials, "fairCompetition"]);

        await d.Act(Registrar, "accept");

        Assert.NotEqual("registration", d.Case.State);
    }

    [Fact]
    public async Task ALandRecoveryAgreementIsNotHeldUpByIt()
    {
        var d = Submit("administrative-agreement", "2026-03-02", new Dictionary<string, string> { ["subtype"] = "土地收回" }, AgreementMaterials);

        await d.Act(Registrar, "accept");

        Assert.NotEqual("registration", d.Case.State);
    }

    [Fact]
    public async Task ANormativeDocumentTouchingMarketParticipantsNeedsItAndOneThatDoesNotDoesNot()
    {
        var market = Submit("normative-document", "2026-03-02", new Dictionary<string, string> { ["affectsMarket"] = "true" }, NormativeMaterials);
        var other = Submit("normative-document", "2026-03-02", NormativeMaterials);

        var refused = await Assert.ThrowsAsync<ActionRejectedException>(() => market.Act(Registrar, "accept"));
        await other.Act(Registrar, "accept");

        Assert.Contains("公平竞争审查表", refused.Message);
        Assert.NotEqual("registration", other.Case.State);
    }

    [Theory]
    [InlineData("{\"metadata\": \"colour\", \"in\": [\"red\"], \"basis\": \"x\"}", "requiredWhen.metadata")]
    [InlineData("{\"metadata\": \"subtype\", \"in\": [], \"basis\": \"x\"}", "requiredWhen.in")]
    [InlineData("{\"metadata\": \"subtype\", \"in\": [\"招商引资\"], \"basis\": \"\"}", "requiredWhen.basis")]
    public void ABadConditionIsRefusedAtLoadWithItsPath(string condition, string path)
    {
        var json = File.ReadAllText(Path.Combine(ReviewEngine.Tests.Shared.TestPaths.Workflows, "agency-contract.json"));
        var at = json.IndexOf("\"required\": false", StringComparison.Ordinal);
        Assert.True(at > 0);
        json = json[..at] + "\"required\": false, \"requiredWhen\": " + condition + json[(at + "\"required\": false".Length)..];

        var result = WorkflowParser.Parse(json, "agency-contract.json");

        Assert.Contains(result.Errors, e => e.ToString().Contains(path));
    }
}

/// <summary>
/// Issue 21 item 5: 存在法律风险 is open only to a major decision marked at submission as an exploratory reform where
/// the state has no clear rule (重大行政决策程序暂行条例 art 25); otherwise the reviewer is told why and must choose another.
/// </summary>
public sealed class ConclusionConditionTests
{
    private static readonly string[] Materials = ["decisionDraft", "draftingNote", "legalBasis"];

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void LegalRiskNeedsTheExploratoryReformMark(bool marked, bool refused)
    {
        var metadata = marked ? new Dictionary<string, string> { ["exploratoryReform"] = "true" } : new Dictionary<string, string>();
        var d = Submit("major-decision", "2026-03-02", metadata, Materials);
        var draft = d.Workflow.State("townshipReview").FindAction("draftOpinion")!;

        var unmet = GuardEvaluator.Unmet(draft, d.Case, d.Workflow, new ActionRequest("draftOpinion", Conclusion: "存在法律风险"));
        var plain = GuardEvaluator.Unmet(draft, d.Case, d.Workflow, new ActionRequest("draftOpinion", Conclusion: "修改后合法"));

        Assert.Equal(refused, unmet.Any(u => u.Contains("仅适用于国家尚无明确规定的探索性改革事项") && u.Contains("第二十五条")));
        Assert.DoesNotContain(plain, u => u.Contains("仅适用于"));
    }

    [Fact]
    public void AConditionOnAConclusionTheWorkflowDoesNotHaveIsRefusedAtLoad()
    {
        var json = File.ReadAllText(Path.Combine(ReviewEngine.Tests.Shared.TestPaths.Workflows, "major-decision.json"))
            .Replace("\"conclusion\": \"存在法律风险\"", "\"conclusion\": \"同意签订\"", StringComparison.Ordinal);

        var result = WorkflowParser.Parse(json, "major-decision.json");

        Assert.Contains(result.Errors, e => e.ToString().Contains("conclusionsWhen[0].conclusion"));
    }
}
