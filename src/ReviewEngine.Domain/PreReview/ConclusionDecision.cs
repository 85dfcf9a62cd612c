namespace ReviewEngine.Domain.PreReview;

/// <summary>The suggested conclusion, whether it rests on an unlawful core, the findings that decided it and why, in Chinese.</summary>
public sealed record ConclusionDecision(PreReviewConclusion Conclusion, bool CoreUnlawful, IReadOnlyList<Finding> Deciding, string Reason);
