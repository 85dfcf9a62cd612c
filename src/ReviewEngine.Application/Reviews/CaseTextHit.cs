namespace ReviewEngine.Application.Reviews;

/// <summary>Where a case matched a full-text search: the document and up to two fragments, matched words in 【】.</summary>
public sealed record CaseTextHit(string FileName, IReadOnlyList<string> Fragments);
