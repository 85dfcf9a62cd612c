using ReviewEngine.Domain.PreReview;
using ReviewEngine.Domain.PreReview.Quality;
using Xunit.Abstractions;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>
/// Scores 智能预审 on the project's labelled sets (tests/data/precheck): the shared development set (owned by the
/// project since issue 15) and the team's evaluation corpus of violating phrasings and lawful look-alikes (negated,
/// refused, excluded, quoted, done by another body). The same scorer backs `review precheck eval`.
/// Precision counts every finding at MINOR or above whose rule the labels do not expect as false.
/// </summary>
public sealed class DevSetQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void DevSetMeetsRecallPrecisionAndConclusionGoals()
    {
        AssertAtLeast(Score(RepoPaths.DevSet), cases: 35, recall: 0.97, precision: 0.97, conclusions: 0.95);
    }

    /// <summary>
    /// The team corpus: at least 120 cases; the floors are what the engine reaches today (issue 15's targets are
    /// 0.97/0.97/95 %, recorded with the measured figures in docs/prereview.md) and may only be raised.
    /// </summary>
    [Fact]
    public void TeamCorpusHoldsItsMeasuredFloor()
    {
        AssertAtLeast(Score(RepoPaths.Corpus), cases: 120, recall: 0.94, precision: 0.96, conclusions: 0.94);
    }

    /// <summary>
    /// The holdout set was written after the corpus in other words (乡 for 镇, full party names and 简称, other verbs)
    /// and is not tuned on; its floor records where generalisation stands (docs/prereview.md) and may only rise.
    /// </summary>
    [Fact]
    public void HoldoutSetHoldsItsMeasuredFloor()
    {
        AssertAtLeast(Score(RepoPaths.Holdout), cases: 40, recall: 0.85, precision: 0.88, conclusions: 0.90);
    }

    /// <summary>
    /// The blind set was written by someone else after the engine was built and was measured once, in aggregate,
    /// without reading its cases (docs/prereview.md). Do not tune rules on its sentences: it is the project's own
    /// stand-in for the documents the product is judged on. Its floor records today's figure and may only rise.
    /// </summary>
    [Fact]
    public void BlindSetHoldsItsMeasuredFloor()
    {
        AssertAtLeast(Score(RepoPaths.Blind), cases: 60, recall: 0.80, precision: 0.87, conclusions: 0.78);
    }

    [Fact]
    public void EveryContractConclusionIsInTheSigningVocabulary()
    {
        var score = Score(RepoPaths.Corpus);
        var contracts = score.Outcomes.Where(o => PreReviewConclusions.IsContract(o.Case.Input.Kind)).ToList();
        Assert.NotEmpty(contracts);
        Assert.All(contracts, o => Assert.Contains(o.Conclusion, new[] { "同意签订", "修改后签订", "不同意签订" }));
    }

    private static void AssertAtLeast(CorpusScore score, int cases, double recall, double precision, double conclusions)
    {
        Assert.True(score.Outcomes.Count >= cases, $"{score.Outcomes.Count} cases, fewer than {cases}");
        Assert.True(score.Recall >= recall, $"recall {score.Recall:P1} below {recall:P0}");
        Assert.True(score.Precision >= precision, $"precision {score.Precision:P1} below {precision:P0}");
        Assert.True(score.ConclusionAccuracy >= conclusions, $"conclusion accuracy {score.ConclusionAccuracy:P1} below {conclusions:P0}");
    }

    private CorpusScore Score(string path)
    {
        var cases = File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(LabelledCase.Parse).ToList();
        var score = CorpusScorer.Score(RuleFixture.Engine, cases);
        output.WriteLine($"{Path.GetFileName(path)}: {score.Outcomes.Count} cases; recall {score.Found}/{score.Expected} = {score.Recall:P1}; "
            + $"precision {score.Raised - score.FalseFlags}/{score.Raised} = {score.Precision:P1}; conclusions {score.ConclusionsRight}/{score.Outcomes.Count} = {score.ConclusionAccuracy:P1}");
        foreach (var o in score.Outcomes.Where(o => o.Missed.Count > 0 || o.FalseFlags.Count > 0 || !o.ConclusionRight))
        {
            output.WriteLine($"{o.Case.Id}: missed [{string.Join(", ", o.Missed)}] false [{string.Join(", ", o.FalseFlags.Select(f => $"{f.RuleId}@{f.Clause}"))}] "
                + $"conclusion {o.Conclusion} (expected {o.Case.ExpectedConclusion})");
        }
        return score;
    }

}
