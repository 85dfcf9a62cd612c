namespace ReviewEngine.Application.Templates;

/// <summary>One issue of an issued review opinion, as the precedent library indexes it.
/// Only what may be shared district-wide goes in beside the case number (kept to replace an opinion's issues and to
/// check the viewer's access, never shown by itself): no case title, parties or amounts (issue 18 H1).
/// <paramref name="TemplateId"/> links it to the standard template of the reviewed contract when known.</summary>
public sealed record PrecedentIssue(
    string OpinionId,
    int IssueNo,
    string Clause,
    string Finding,
    string LegalBasis,
    string Kind,
    string Conclusion,
    int Year,
    string? TemplateId = null);
