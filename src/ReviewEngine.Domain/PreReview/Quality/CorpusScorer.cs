namespace ReviewEngine.Domain.PreReview.Quality;

/// <summary>Runs the engine over labelled cases and scores it (see <see cref="CorpusScore"/>).</summary>
public static class CorpusScorer
{
    public static CorpusScore Score(PreReviewEngine engine, IEnumerable<LabelledCase> cases)
    {
        var outcomes = cases.Select(c => Judge(c, engine.Analyze(c.Input))).ToList();
        var ruleIds = outcomes.SelectMany(o => o.Case.MustFlag.Concat(o.TrueFlags.Concat(o.FalseFlags).Select(f => f.RuleId)))
            .Distinct().Order(StringComparer.Ordinal);
        var rules = ruleIds.Select(id => new RuleScore(
            id,
            outcomes.Count(o => o.Case.MustFlag.Contains(id)),
            outcomes.Count(o => o.Case.MustFlag.Contains(id) && !o.Missed.Contains(id)),
            outcomes.Sum(o => o.FalseFlags.Count(f => f.RuleId == id)),
            outcomes.Sum(o => o.TrueFlags.Count(f => f.RuleId == id) + o.FalseFlags.Count(f => f.RuleId == id)))).ToList();
        return new CorpusScore(outcomes, rules);
    }

    public static CaseOutcome Judge(LabelledCase labelled, PreReviewReport report)
    {
        var raised = report.Findings.Select(f => f.RuleId).ToHashSet();
        var missed = labelled.MustFlag.Where(id => !raised.Contains(id)).ToList();
        var serious = report.Findings.Where(f => f.Severity >= FindingSeverity.Minor).ToList();
        var expected = labelled.MustFlag.Concat(labelled.ShouldFlag).ToHashSet();
        bool IsFalse(Finding f) =>
            labelled.MustNotRaise(f.RuleId)
            || labelled.ClauseTraps.Contains((f.RuleId, f.Clause))
            || !expected.Contains(f.RuleId);
        return new CaseOutcome(labelled, report, missed, serious.Where(IsFalse).ToList(), serious.Where(f => !IsFalse(f)).ToList());
    }
}
