using ReviewEngine.Domain.Audit;

namespace ReviewEngine.Application.CaseFiles;

/// <summary>Everything a 卷宗 holds, in order: the documents with their bytes, the audit trail and its verification.</summary>
public sealed record CaseFile(
    Guid CaseId,
    string Number,
    string Title,
    string Kind,
    string KindLabel,
    string Township,
    string State,
    string StateLabel,
    IReadOnlyList<CaseFileDocument> Documents,
    IReadOnlyList<AuditEvent> AuditEvents,
    AuditVerification Verification,
    string? Conclusion = null,
    IReadOnlyList<Domain.Reviews.AnsweredIssue>? OpinionIssues = null);

/// <param name="Order">1-based position in the 卷宗.</param>
public sealed record CaseFileDocument(int Order, string Section, int Round, string FileName, string Purpose, string? MaterialId, string Sha256, byte[] Bytes);
