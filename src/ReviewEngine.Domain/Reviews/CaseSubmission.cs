namespace ReviewEngine.Domain.Reviews;

/// <summary>What a drafter submits to open a case (送审).</summary>
public sealed record CaseSubmission(
    string Number,
    string Title,
    string Kind,
    string TownshipId,
    string DistrictId,
    string DraftingUnit,
    decimal? Amount,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<DocumentInput> Documents,
    string? Counterparty = null,
    string? SubmissionKey = null);
