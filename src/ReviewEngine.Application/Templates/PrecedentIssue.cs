namespace ReviewEngine.Application.Templates;

/// <summary>One issue of an issued review opinion, as the precedent library indexes it.
/// <paramref name="TemplateId"/> links it to the standard template of the reviewed contract when known.</summary>
public sealed record PrecedentIssue(
    string OpinionId,
    int IssueNo,
    string Title,
    string Clause,
    string Finding,
    string LegalBasis,
    string Kind,
    string? TemplateId = null);
