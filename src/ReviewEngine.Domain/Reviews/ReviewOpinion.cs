namespace ReviewEngine.Domain.Reviews;

/// <summary>The drafted or approved opinion of the current round.</summary>
public sealed record ReviewOpinion(string Conclusion, string? Text, IReadOnlyList<OpinionIssue> Issues, string DraftedBy, bool Approved);
