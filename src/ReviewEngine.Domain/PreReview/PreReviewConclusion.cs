namespace ReviewEngine.Domain.PreReview;

/// <summary>The suggested conclusion (domain.md §7.6); the reviewer decides.</summary>
public enum PreReviewConclusion
{
    Lawful,
    LawfulAfterRevision,
    Unlawful,
    OutOfScope,
}
