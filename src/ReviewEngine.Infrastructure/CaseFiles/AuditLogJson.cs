using System.Text.Encodings.Web;
using System.Text.Json;
using ReviewEngine.Application.CaseFiles;

namespace ReviewEngine.Infrastructure.CaseFiles;

/// <summary>The audit trail of a 卷宗 as JSON, with the result of verifying its hash chain at export time.</summary>
internal static class AuditLogJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(CaseFile file)
    {
        var v = file.Verification;
        var log = new
        {
            caseId = file.CaseId,
            caseNumber = file.Number,
            verification = new { valid = v.IsValid, eventCount = file.AuditEvents.Count, brokenSequence = v.BrokenSequence, reason = v.Reason },
            events = file.AuditEvents.Select(e => new
            {
                e.Sequence,
                OccurredAtUtc = DateTime.SpecifyKind(e.OccurredAtUtc, DateTimeKind.Utc),
                e.ActorId,
                e.ActorName,
                e.Role,
                e.OrganisationId,
                e.Action,
                e.FromState,
                e.ToState,
                e.WorkItemId,
                e.Comment,
                e.DocumentSha256,
                e.Data,
                e.PreviousHash,
                e.Hash,
            }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(log, Options);
    }
}
