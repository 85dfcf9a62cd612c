namespace ReviewEngine.Domain.PreReview.Quality;

/// <summary>What the engine did with one labelled case: misses, false flags (MINOR and above) and the conclusion.</summary>
public sealed record CaseOutcome(
    LabelledCase Case,
    PreReviewReport Report,
    IReadOnlyList<string> Missed,
    IReadOnlyList<Finding> FalseFlags,
    IReadOnlyList<Finding> TrueFlags)
{
    public string Conclusion => Report.ConclusionLabel;
    public bool ConclusionRight => Conclusion == Case.ExpectedConclusion;
}
