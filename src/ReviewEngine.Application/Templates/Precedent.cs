namespace ReviewEngine.Application.Templates;

/// <summary>
/// A precedent as a viewer sees it: issue text, basis, conclusion and year are shared district-wide; the case
/// (id, number, title) only when the viewer may see that case, otherwise null.
/// </summary>
public sealed record Precedent(
    int Year,
    string Kind,
    int IssueNo,
    string Clause,
    string Finding,
    string LegalBasis,
    string Conclusion,
    float Score,
    IReadOnlyList<string> Highlights,
    Guid? CaseId,
    string? CaseNumber,
    string? CaseTitle);
