namespace ReviewEngine.Domain.PreReview.Quality;

/// <summary>Per-rule counts over a corpus: expected (must_flag), found of those, and false flags.</summary>
public sealed record RuleScore(string RuleId, int Expected, int Found, int FalseFlags, int Raised)
{
    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;
    public double Precision => Raised == 0 ? 1 : (double)(Raised - FalseFlags) / Raised;
}
