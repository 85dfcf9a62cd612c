namespace ReviewEngine.Domain.Reviews;

/// <summary>One problem the opinion (审查意见书) lists: clause, finding, legal basis, required change (domain.md §7.6).</summary>
/// <param name="Severity">BLOCKING / MAJOR / MINOR / ADVICE (domain.md §7.6).</param>
public sealed record OpinionIssue(int No, string Clause, string Finding, string LegalBasis, string RequiredChange, string? RuleId = null, string? Severity = null);

/// <summary>The drafter's answer to one issue: 采纳 / 部分采纳 / 不采纳, with a reason when not fully adopted.</summary>
public sealed record IssueAdoption(int IssueNo, AdoptionDecision Decision, string? Reason);

public enum AdoptionDecision
{
    Adopted,
    PartiallyAdopted,
    NotAdopted,
}
