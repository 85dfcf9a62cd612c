using ReviewEngine.Domain.PreReview.Text;

namespace ReviewEngine.Domain.PreReview;

/// <summary>Result of one pre-review run: scope, findings in document order, and the suggested conclusion.</summary>
public sealed record PreReviewReport
{
    public required bool InScope { get; init; }
    public required IReadOnlyList<Finding> Findings { get; init; }
    public required PreReviewConclusion Conclusion { get; init; }

    /// <summary>True when the conclusion is 不合法 because no operative clause survives (not a single NOT_CURABLE item).</summary>
    public bool CoreUnlawful { get; init; }

    /// <summary>Why the conclusion was reached, in Chinese (the deciding findings by title).</summary>
    public string ConclusionReason { get; init; } = string.Empty;

    /// <summary>Rule ids of the findings that decided the conclusion.</summary>
    public IReadOnlyList<string> DecidingRules { get; init; } = [];

    public required PreReviewKind Kind { get; init; }
    public required DocumentFacts Facts { get; init; }
    public required IReadOnlyList<Clause> Clauses { get; init; }

    public string ConclusionLabel => PreReviewConclusions.ToLabel(Conclusion, Kind);
}
