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
        var score = Score(RepoPaths.DevSet);
        Assert.True(score.Outcomes.Count >= 35, "dev set should have at least 35 cases");
        Assert.True(score.Recall >= 0.97, $"recall {score.Recall:P1} below 97 %");
        Assert.True(score.Precision >= 0.97, $"precision {score.Precision:P1} below 97 %");
        Assert.True(score.ConclusionAccuracy >= 0.95, $"conclusion accuracy {score.ConclusionAccuracy:P1} below 95 %");
    }

    /// <summary>
    /// The team corpus: at least 120 cases; the floors are what the engine reaches today (issue 15's targets are
    /// 0.97/0.97/95 %, recorded with the measured figures in docs/prereview.md) and may only be raised.
    /// </summary>
    [Fact]
    public void TeamCorpusHoldsItsMeasuredFloor()
    {
        var score = Score(RepoPaths.Corpus);
        Assert.True(score.Outcomes.Count >= 120, "the evaluation corpus should have at least 120 cases");
        Assert.True(score.Recall >= CorpusFloor.Recall, $"recall {score.Recall:P1} below {CorpusFloor.Recall:P0}");
        Assert.True(score.Precision >= CorpusFloor.Precision, $"precision {score.Precision:P1} below {CorpusFloor.Precision:P0}");
        Assert.True(score.ConclusionAccuracy >= CorpusFloor.Conclusions, $"conclusion accuracy {score.ConclusionAccuracy:P1} below {CorpusFloor.Conclusions:P0}");
    }

    /// <summary>
    /// The holdout set was written after the corpus in other words (乡 for 镇, full party names and 简称, other verbs)
    /// and is not tuned on; its floor records where generalisation stands (docs/prereview.md) and may only rise.
    /// </summary>
    [Fact]
    public void HoldoutSetHoldsItsMeasuredFloor()
    {
        var score = Score(RepoPaths.Holdout);
        Assert.True(score.Outcomes.Count >= 40, "the holdout set should have at least 40 cases");
        Assert.True(score.Recall >= 0.85, $"recall {score.Recall:P1} below 85 %");
        Assert.True(score.Precision >= 0.88, $"precision {score.Precision:P1} below 88 %");
        Assert.True(score.ConclusionAccuracy >= 0.90, $"conclusion accuracy {score.ConclusionAccuracy:P1} below 90 %");
    }

    /// <summary>
    /// The blind set was written by someone else after the engine was built and was measured once, in aggregate,
    /// without reading its cases (docs/prereview.md). Do not tune rules on its sentences: it is the project's own
    /// stand-in for the documents the product is judged on. Its floor records today's figure and may only rise.
    /// </summary>
    [Fact]
    public void BlindSetHoldsItsMeasuredFloor()
    {
        var score = Score(RepoPaths.Blind);
        Assert.True(score.Outcomes.Count >= 60, "the blind set should have at least 60 cases");
        Assert.True(score.Recall >= 0.78, $"recall {score.Recall:P1} below 78 %");
        Assert.True(score.Precision >= 0.86, $"precision {score.Precision:P1} below 86 %");
        Assert.True(score.ConclusionAccuracy >= 0.76, $"conclusion accuracy {score.ConclusionAccuracy:P1} below 76 %");
    }

    [Fact]
    public void EveryContractConclusionIsInTheSigningVocabulary()
    {
        var score = Score(RepoPaths.Corpus);
        var contracts = score.Outcomes.Where(o => PreReviewConclusions.IsContract(o.Case.Input.Kind)).ToList();
        Assert.NotEmpty(contracts);
        Assert.All(contracts, o => Assert.Contains(o.Conclusion, new[] { "同意签订", "修改后签订", "不同意签订" }));
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

    private static class CorpusFloor
    {
        public const double Recall = 0.94;
        public const double Precision = 0.96;
        public const double Conclusions = 0.94;
    }
}
