namespace ReviewEngine.Application.Opinions;

/// <summary>What a dissent can be answered from: the letter's issues, the lawyer's and the district centre's opinions,
/// and the reviewer's own reasoning.</summary>
public sealed record LetterContext(
    IReadOnlyList<LetterIssue> Issues,
    IReadOnlyList<AdvisoryOpinion> LawyerOpinions,
    IReadOnlyList<AdvisoryOpinion> DistrictGuidance,
    string? Reasoning);
