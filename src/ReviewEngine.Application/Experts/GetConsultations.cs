using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Experts;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Experts;

/// <summary>A consultation as one viewer may see it: staff see the whole panel and its summary, an expert only their own entry.</summary>
public sealed record ConsultationView(ExpertConsultation Consultation, IReadOnlyList<PanelMember> Members, PanelSummary? Summary, bool IsOpen)
{
    public Guid Id => Consultation.Id;
}

/// <summary>One expert's consultation task (我的论证): the case, its materials, and whether an answer is still expected.</summary>
public sealed record MyConsultation(ExpertConsultation Consultation, PanelMember Me, Guid CaseId, string CaseNumber, string CaseTitle, bool MayAnswer, long CaseVersion,
    IReadOnlyList<CaseDocument> Materials);

/// <summary>Reads of expert consultations. An expert reaches only consultations they sit on; anything else is "not found".</summary>
public sealed class GetConsultationsHandler(IReviewDbContext db)
{
    public async Task<IReadOnlyList<ConsultationView>> ForCaseAsync(Viewer viewer, ReviewCase c, CancellationToken ct = default)
    {
        await CaseStore.EnsureVisibleAsync(db, viewer, c.Id, ct);
        return await ForVisibleCaseAsync(viewer, c, ct);
    }

    /// <summary>For a case the viewer has already read through the visibility rule (the case page).</summary>
    public async Task<IReadOnlyList<ConsultationView>> ForVisibleCaseAsync(Viewer viewer, ReviewCase c, CancellationToken ct = default)
    {
        var list = await db.ExpertConsultations.AsNoTracking().Where(x => x.CaseId == c.Id).ToListAsync(ct);
        var expertOnly = viewer.Roles.All(r => r == Roles.Expert);
        return list.OrderBy(x => x.CreatedAtUtc).Select(x => new ConsultationView(
            x,
            expertOnly ? x.Members.Where(m => m.UserId == viewer.UserId).ToList() : x.Members,
            expertOnly ? null : x.Summary,
            x.Round == c.Round && x.State == c.State)).ToList();
    }

    public async Task<IReadOnlyList<MyConsultation>> MineAsync(Viewer viewer, CancellationToken ct = default)
    {
        var caseIds = await db.WorkItems.AsNoTracking().Where(t => t.Role == Roles.Expert && t.AssigneeId == viewer.UserId)
            .Select(t => t.CaseId).Distinct().ToListAsync(ct);
        var consultations = await db.ExpertConsultations.AsNoTracking().Where(x => caseIds.Contains(x.CaseId)).ToListAsync(ct);
        var cases = await db.ReviewCases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return consultations.Where(x => x.Members.Any(m => m.UserId == viewer.UserId) && cases.ContainsKey(x.CaseId))
            .OrderByDescending(x => x.CreatedAtUtc)
            .Select(x => View(x, viewer, cases[x.CaseId], []))
            .ToList();
    }

    public async Task<MyConsultation> OneAsync(Viewer viewer, Guid consultationId, CancellationToken ct = default)
    {
        var x = await db.ExpertConsultations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == consultationId, ct);
        if (x is null || x.Members.All(m => m.UserId != viewer.UserId))
        {
            throw new NotFoundException("该论证");
        }

        var c = await db.ReviewCases.AsNoTracking().FirstAsync(c => c.Id == x.CaseId, ct);
        var materials = (await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == c.Id && d.Round == x.Round)
            .OrderBy(d => d.UploadedAtUtc).ThenBy(d => d.FileName).ToListAsync(ct))
            .Where(d => ExpertIndependence.Shows(d, viewer)).ToList();
        return View(x, viewer, c, materials);
    }

    private static MyConsultation View(ExpertConsultation x, Viewer viewer, ReviewCase c, IReadOnlyList<CaseDocument> materials)
    {
        // The last entry: a member re-drawn after declining would appear twice, and the newer seat is the live one.
        var me = x.Members.Last(m => m.UserId == viewer.UserId);
        var mayAnswer = me.Status == PanelMemberStatus.Invited && c.Round == x.Round && c.State == x.State && !c.IsClosed;
        return new MyConsultation(x, me, c.Id, c.Number, c.Title, mayAnswer, c.Version, materials);
    }
}
