using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Audit;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.CaseFiles;

/// <summary>Assembles a case's 卷宗: documents in the fixed order, the audit trail and whether its hash chain verifies.</summary>
public sealed class GetCaseFileHandler(IReviewDbContext db, PinnedWorkflows pinned)
{
    public async Task<CaseFile> HandleAsync(Guid caseId, CancellationToken ct = default)
    {
        var c = await db.ReviewCases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct)
            ?? throw new NotFoundException($"案件 {caseId}");
        var township = await db.Organisations.AsNoTracking().Where(o => o.Id == c.TownshipId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        var wf = await pinned.ForCaseAsync(c, ct);
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Sequence).ToListAsync(ct);
        return new CaseFile(c.Id, c.Number, c.Title, c.Kind, MatterKind.Label(c.Kind), township ?? c.TownshipId, c.State,
            wf.StateLabel(c.State), await DocumentsAsync(wf, caseId, ct), events, AuditChain.Verify(c.Id, events, c.EventCount, c.LastEventHash),
            c.Opinion?.Conclusion, AnsweredIssue.Pair(c.Opinion, c.Adoptions));
    }

    private async Task<IReadOnlyList<CaseFileDocument>> DocumentsAsync(WorkflowDefinition wf, Guid caseId, CancellationToken ct)
    {
        var docs = (await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(ct))
            .OrderBy(d => CaseFileSection.Rank(wf, d.Purpose))
            .ThenBy(d => d.Round)
            .ThenBy(d => d.UploadedAtUtc)
            .ThenBy(d => d.FileName, StringComparer.Ordinal)
            .ToList();
        var hashes = docs.Select(d => d.Sha256).Distinct().ToList();
        var bytes = await db.DocumentContents.AsNoTracking().Where(x => hashes.Contains(x.Sha256)).ToDictionaryAsync(x => x.Sha256, x => x.Bytes, ct);
        return docs.Select((d, i) => new CaseFileDocument(i + 1, CaseFileSection.Label(wf, d.Purpose), d.Round, d.FileName, d.Purpose, d.MaterialId, d.Sha256,
            bytes.GetValueOrDefault(d.Sha256, []))).ToList();
    }
}
