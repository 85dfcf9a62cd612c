namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>One machine-checkable checklist item (domain.md §7.7/§7.8), loaded from a rule file.</summary>
public sealed record CheckRule
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required IReadOnlySet<PreReviewKind> Kinds { get; init; }
    public ContractNature Nature { get; init; } = ContractNature.None;
    public IReadOnlyList<string> Subtypes { get; init; } = [];
    public IReadOnlyList<string> ExcludeSubtypes { get; init; } = [];
    public required FindingSeverity Severity { get; init; }
    public required Curability Curability { get; init; }
    public required IReadOnlyList<LegalBasis> Basis { get; init; }
    public required string Explanation { get; init; }
    public required string Suggestion { get; init; }
    public required IReadOnlyList<Detector> Detectors { get; init; }

    /// <summary>Rules that look at other rules' findings run in a second pass.</summary>
    public bool DependsOnOtherRules => Detectors.Any(d => d.WithRules.Count > 0);

    public string BasisText => string.Join("；", Basis.Select(b => b.ToString()));
}
