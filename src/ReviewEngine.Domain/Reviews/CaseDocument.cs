namespace ReviewEngine.Domain.Reviews;

/// <summary>A document of a case, per round, identified by its SHA-256. The bytes are stored separately, keyed by hash.</summary>
public sealed class CaseDocument
{
    private CaseDocument()
    {
        FileName = ContentType = Sha256 = Purpose = UploadedBy = "";
    }

    internal CaseDocument(Guid caseId, int round, DocumentInput input, string purpose, string uploadedBy, DateTime uploadedAtUtc)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Round = round;
        FileName = input.FileName;
        ContentType = input.ContentType;
        Sha256 = input.Sha256;
        Size = input.Size;
        MaterialId = input.MaterialId;
        Purpose = input.Purpose ?? purpose;
        UploadedBy = uploadedBy;
        UploadedAtUtc = uploadedAtUtc;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public int Round { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public string Sha256 { get; private set; }
    public long Size { get; private set; }
    public string? MaterialId { get; private set; }

    /// <summary>Why the document is on file: the action that brought it (submit, supplement, lawyerOpinion, revision …).</summary>
    public string Purpose { get; private set; }

    public string UploadedBy { get; private set; }
    public DateTime UploadedAtUtc { get; private set; }
}
