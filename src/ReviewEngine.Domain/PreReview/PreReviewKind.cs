namespace ReviewEngine.Domain.PreReview;

/// <summary>The matter kinds a submission can be pre-reviewed as (domain.md §7.1).</summary>
public enum PreReviewKind
{
    NormativeDoc,
    AdminAgreement,
    AgencyCivilContract,
    OutOfScope,
    MajorDecision,
    MajorEnforcement,
}
