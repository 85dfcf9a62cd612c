using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReviewEngine.Suites.Load;

/// <summary>
/// The audit chain hash, as ReviewEngine.Domain.Audit.AuditEvent.ComputeHash defines it, over the columns as stored.
/// Kept in step by `review audit verify`, which the seeder runs on what it wrote.
/// </summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(Guid caseId, long sequence, string occurredAtUtc, string actorId, string actorName, string role, string organisationId,
        string action, string fromState, string toState, string? workItemId, string? comment, string? documentSha256, string? data, string previousHash)
    {
        var ticks = DateTime.Parse(occurredAtUtc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal).Ticks;
        var canonical = string.Join('\u001f',
            caseId.ToString("N"), sequence.ToString(CultureInfo.InvariantCulture), ticks.ToString(CultureInfo.InvariantCulture), actorId, actorName, role,
            organisationId, action, fromState, toState, workItemId is null ? "" : Guid.Parse(workItemId).ToString("N"), comment ?? "", documentSha256 ?? "",
            data ?? "", previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
