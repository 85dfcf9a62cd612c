namespace ReviewEngine.Application.Templates;

/// <summary>A precedent (issue of a past opinion) found by the index, with highlighted fragments of its finding.
/// <paramref name="OpinionId"/> is the case number: <see cref="SearchPrecedentsHandler"/> drops it unless the viewer may see the case.</summary>
public sealed record PrecedentHit(
    string OpinionId,
    int IssueNo,
    string Kind,
    int Year,
    string Clause,
    string Finding,
    string LegalBasis,
    string Conclusion,
    float Score,
    IReadOnlyList<string> Highlights);
