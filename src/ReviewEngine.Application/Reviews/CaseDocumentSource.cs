namespace ReviewEngine.Application.Reviews;

/// <summary>A stored document of a case as the full-text index takes it: the bytes, read by file type there.</summary>
public sealed record CaseDocumentSource(Guid CaseId, string Sha256, string FileName, byte[] Content);
