namespace ReviewEngine.Application.Templates;

/// <summary>A precedent (issue of a past opinion) found by search, with highlighted fragments of its finding.</summary>
public sealed record PrecedentHit(string OpinionId, int IssueNo, string Title, float Score, IReadOnlyList<string> Highlights);
