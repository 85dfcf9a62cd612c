namespace ReviewEngine.Domain.PreReview.Quality;

/// <summary>
/// The score of the engine on a labelled corpus. Recall: must_flag rules raised (one count per case and rule).
/// Precision: findings at MINOR or above whose rule the labels expect (must or should) over all such findings;
/// a finding of a rule the labels do not mention, a must_not_flag rule or a clause trap is a false flag.
/// </summary>
public sealed record CorpusScore(IReadOnlyList<CaseOutcome> Outcomes, IReadOnlyList<RuleScore> Rules)
{
    public int Expected => Outcomes.Sum(o => o.Case.MustFlag.Count);
    public int Found => Expected - Outcomes.Sum(o => o.Missed.Count);
    public int Raised => Outcomes.Sum(o => o.TrueFlags.Count + o.FalseFlags.Count);
    public int FalseFlags => Outcomes.Sum(o => o.FalseFlags.Count);
    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;
    public double Precision => Raised == 0 ? 1 : (double)(Raised - FalseFlags) / Raised;
    public int ConclusionsRight => Outcomes.Count(o => o.ConclusionRight);
    public double ConclusionAccuracy => Outcomes.Count == 0 ? 1 : (double)ConclusionsRight / Outcomes.Count;

    /// <summary>(expected, actual) → count, over every case.</summary>
    public IReadOnlyDictionary<(string Expected, string Actual), int> Confusion =>
        Outcomes.GroupBy(o => (o.Case.ExpectedConclusion, o.Conclusion)).ToDictionary(g => g.Key, g => g.Count());
}
