using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Opinions;

/// <summary>The content of a 审查意见书 (domain.md §7.6), gathered from the case and its audit trail; renderers only lay it out.</summary>
/// <param name="ExpertSummary">专家意见汇总 of the round's panels (majority view and dissents); null for cases consulted before panels were recorded.</param>
public sealed record OpinionLetter(
    Guid CaseId,
    string Number,
    string IssuedBy,
    string CaseNumber,
    string MatterTitle,
    string MatterKind,
    string SubmittingUnit,
    DateOnly ReceivedOn,
    DateOnly? AcceptedOn,
    DateOnly IssuedOn,
    IReadOnlyList<string> ReviewBasis,
    IReadOnlyList<OpinionIssue> Issues,
    IReadOnlyList<ExpertOpinionEntry> ExpertOpinions,
    string Conclusion,
    string? ConclusionText,
    string Reviewer,
    string ReviewLead,
    string? ExpertSummary = null);
