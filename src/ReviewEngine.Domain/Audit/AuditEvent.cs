using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReviewEngine.Domain.Audit;

/// <summary>
/// One line of the case file's trail (留痕). Append-only and hash-chained per case: each hash covers the
/// previous hash and every field, so editing or deleting any row breaks verification from that row on.
/// </summary>
public sealed class AuditEvent
{
    private AuditEvent()
    {
        ActorId = ActorName = Role = OrganisationId = Action = FromState = ToState = PreviousHash = Hash = "";
    }

    internal AuditEvent(Guid caseId, int sequence, DateTime occurredAtUtc, string actorId, string actorName, string role,
        string organisationId, string action, string fromState, string toState, Guid? workItemId, string? comment,
        string? documentSha256, string? data, string previousHash)
    {
        CaseId = caseId;
        Sequence = sequence;
        OccurredAtUtc = DateTime.SpecifyKind(occurredAtUtc, DateTimeKind.Utc);
        ActorId = actorId;
        ActorName = actorName;
        Role = role;
        OrganisationId = organisationId;
        Action = action;
        FromState = fromState;
        ToState = toState;
        WorkItemId = workItemId;
        Comment = comment;
        DocumentSha256 = documentSha256;
        Data = data;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    public long Id { get; private set; }
    public Guid CaseId { get; private set; }
    public int Sequence { get; private set; }
    public DateTime OccurredAtUtc { get; private set; }
    public string ActorId { get; private set; }
    public string ActorName { get; private set; }
    public string Role { get; private set; }
    public string OrganisationId { get; private set; }
    public string Action { get; private set; }
    public string FromState { get; private set; }
    public string ToState { get; private set; }
    public Guid? WorkItemId { get; private set; }
    public string? Comment { get; private set; }
    public string? DocumentSha256 { get; private set; }

    /// <summary>Small JSON with action details (target, conclusion, assignees, missing materials).</summary>
    public string? Data { get; private set; }

    public string PreviousHash { get; private set; }
    public string Hash { get; private set; }

    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public string ComputeHash()
    {
        // Unit separators keep field boundaries unambiguous; ticks survive every provider's DateTime round trip
        // (the DateTimeKind does not: SQLite reads it back as Unspecified).
        var canonical = string.Join('\u001f',
            CaseId.ToString("N"), Sequence.ToString(CultureInfo.InvariantCulture),
            OccurredAtUtc.Ticks.ToString(CultureInfo.InvariantCulture), ActorId, ActorName, Role, OrganisationId,
            Action, FromState, ToState, WorkItemId?.ToString("N") ?? "", Comment ?? "", DocumentSha256 ?? "", Data ?? "",
            PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
