using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Audit;

namespace ReviewEngine.Application.Audit;

/// <summary>Verifies every case's hash chain against the chain head kept on the case row.</summary>
public sealed class VerifyAuditChainsHandler(IReviewDbContext db)
{
    public async Task<IReadOnlyList<(string CaseNumber, AuditVerification Result)>> HandleAsync(CancellationToken ct = default)
    {
        var heads = await db.ReviewCases.AsNoTracking()
            .OrderBy(c => c.CreatedAtUtc)
            .Select(c => new { c.Id, c.Number, c.EventCount, c.LastEventHash })
            .ToListAsync(ct);
        var results = new List<(string, AuditVerification)>();
        foreach (var head in heads)
        {
            var events = await db.AuditEvents.AsNoTracking().Where(e => e.CaseId == head.Id).OrderBy(e => e.Sequence).ToListAsync(ct);
            results.Add((head.Number, AuditChain.Verify(head.Id, events, head.EventCount, head.LastEventHash)));
        }

        return results;
    }
}
