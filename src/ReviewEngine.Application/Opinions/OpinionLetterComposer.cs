using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Legal;
using ReviewEngine.Domain.PreReview;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.Opinions;

/// <summary>
/// Gathers a 审查意见书 from a case: the opinion of the current round, dates from the audit trail (submitted =
/// received, accept = accepted), materials by their workflow labels, the legal bases by full title, the lawyer's and
/// the district centre's opinions, expert opinions with answers to dissents, the reviewer and the approving lead, and
/// the issuing body's letter and case numbers.
/// </summary>
public sealed class OpinionLetterComposer(IReviewDbContext db, OpinionLetterOptions options, PinnedWorkflows pinned)
{
    public async Task<OpinionLetter> ComposeAsync(ReviewCase c, string reviewLead, DateTime issuedAtUtc, CancellationToken ct)
    {
        var opinion = c.Opinion ?? throw new DomainException($"案件 {c.Number} 尚无审查意见，不能出具审查意见书");
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.CaseId == c.Id).OrderBy(e => e.Sequence).ToListAsync(ct);
        var township = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == c.TownshipId, ct);
        var reviewer = await db.UserAccounts.AsNoTracking().FirstOrDefaultAsync(u => u.Id == opinion.DraftedBy, ct);
        var wf = await pinned.ForCaseAsync(c, ct);
        var accepted = events.FirstOrDefault(e => wf.ActionHas(e.Action, ActionTag.Accept))?.OccurredAtUtc;
        var townshipName = township?.Name ?? c.TownshipId;
        var body = options.For(c.TownshipId, townshipName);
        var unit = SubmittingUnit(townshipName, c.DraftingUnit);
        var conclusion = InMatterVocabulary(c.Kind, opinion.Conclusion);
        var issues = opinion.Issues.Select(i => new LetterIssue(
            i.No, RuleCodes.Strip(i.Clause), RuleCodes.Strip(i.Finding), Basis(i.LegalBasis), RuleCodes.Strip(i.RequiredChange))).ToList();
        var lawyers = Advisory(events, wf, ActionTag.LawyerOpinion);
        var guidance = Advisory(events, wf, ActionTag.DistrictGuidance);
        var context = new LetterContext(issues, lawyers, guidance, RuleCodes.Strip(opinion.Text));
        var panels = await db.ExpertConsultations.AsNoTracking().Where(x => x.CaseId == c.Id).ToListAsync(ct);
        var experts = panels.Count > 0
            ? LetterExperts.FromPanels(panels.Where(x => x.Round == c.Round).OrderBy(x => x.CreatedAtUtc), conclusion, context)
            : LetterExperts.FromEvents(events.Where(e => wf.ActionHas(e.Action, ActionTag.ExpertOpinion) || wf.ActionHas(e.Action, ActionTag.ConsultationClosed)), conclusion, context);
        return new OpinionLetter(
            c.Id,
            await NumberAsync(c, body, issuedAtUtc, ct),
            body.SealName,
            unit,
            await CaseNumberAsync(c, body, ct),
            c.Title,
            MatterKind.Label(c.Kind),
            unit,
            DateOnly.FromDateTime(c.CreatedAtUtc),
            accepted is { } a ? DateOnly.FromDateTime(a) : null,
            DateOnly.FromDateTime(issuedAtUtc),
            await MaterialsAsync(c, wf, ct),
            LegalBasisReader.Merge(opinion.Issues.Select(i => i.LegalBasis)).Select(b => b.ToString()).ToList(),
            issues,
            lawyers,
            guidance,
            experts,
            conclusion,
            string.IsNullOrWhiteSpace(opinion.Text) ? null : RuleCodes.Strip(opinion.Text),
            reviewer?.DisplayName ?? opinion.DraftedBy,
            reviewLead);
    }

    /// <summary>The drafting unit under its township, written once: a unit already named with the township (or the
    /// township itself) is not prefixed again.</summary>
    public static string SubmittingUnit(string townshipName, string? draftingUnit)
    {
        var unit = draftingUnit?.Trim() ?? "";
        return unit.Length == 0 || unit == townshipName ? townshipName
            : unit.StartsWith(townshipName, StringComparison.Ordinal) ? unit
            : townshipName + unit;
    }

    private static string InMatterVocabulary(string kind, string conclusion) =>
        PreReviewKinds.TryParse(kind, out var k) && Conclusions.All.Contains(conclusion) && conclusion != Conclusions.LegalRisk
            ? PreReviewConclusions.InVocabularyOf(k, conclusion)
            : conclusion;

    private static string Basis(string? text)
    {
        var citations = LegalBasisReader.Read(RuleCodes.Strip(text));
        return citations.Count == 0 ? RuleCodes.Strip(text) : string.Join("；", citations);
    }

    private static List<AdvisoryOpinion> Advisory(IEnumerable<Domain.Audit.AuditEvent> events, WorkflowDefinition wf, ActionTag tag) =>
        events.Where(e => wf.ActionHas(e.Action, tag) && !string.IsNullOrWhiteSpace(e.Comment))
            .Select(e => new AdvisoryOpinion(e.ActorName, RuleCodes.Strip(e.Comment))).ToList();

    /// <summary>Materials on file by their workflow labels (合同（协议）文本 …), in the workflow's order; documents that are
    /// not a listed material (opinions, letters) are not 送审材料.</summary>
    private async Task<List<string>> MaterialsAsync(ReviewCase c, WorkflowDefinition wf, CancellationToken ct)
    {
        var onFile = await db.CaseDocuments.AsNoTracking()
            .Where(d => d.CaseId == c.Id && d.Round <= c.Round && d.MaterialId != null && d.Purpose != OpinionLetterOptions.DocumentPurpose)
            .Select(d => d.MaterialId!).Distinct().ToListAsync(ct);
        return wf.Materials.Where(m => onFile.Contains(m.Id)).Select(m => m.Label).ToList();
    }

    /// <summary>A case that already has a letter keeps its number; otherwise the next number of the issuing body's year.</summary>
    private async Task<string> NumberAsync(ReviewCase c, IssuingBody body, DateTime issuedAtUtc, CancellationToken ct)
    {
        var year = issuedAtUtc.Year;
        var start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = start.AddYears(1);
        var sameBody = db.ReviewCases.AsNoTracking().Where(x => x.TownshipId == c.TownshipId).Select(x => x.Id);
        var letters = await db.CaseDocuments.AsNoTracking()
            .Where(d => d.Purpose == OpinionLetterOptions.DocumentPurpose && d.UploadedAtUtc >= start && d.UploadedAtUtc < end && sameBody.Contains(d.CaseId))
            .OrderBy(d => d.UploadedAtUtc).Select(d => d.CaseId).ToListAsync(ct);
        var own = letters.IndexOf(c.Id);
        return body.LetterNumber(year, own >= 0 ? own + 1 : letters.Distinct().Count() + 1);
    }

    /// <summary>The case's place among the township's cases received in its year: 罗埠审受〔2026〕3号.</summary>
    private async Task<string> CaseNumberAsync(ReviewCase c, IssuingBody body, CancellationToken ct)
    {
        var year = c.CreatedAtUtc.Year;
        var start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = start.AddYears(1);
        var earlier = await db.ReviewCases.AsNoTracking()
            .Where(x => x.TownshipId == c.TownshipId && x.CreatedAtUtc >= start && x.CreatedAtUtc < end)
            .Select(x => new { x.Id, x.CreatedAtUtc, x.Number }).ToListAsync(ct);
        var place = earlier.OrderBy(x => x.CreatedAtUtc).ThenBy(x => x.Number, StringComparer.Ordinal).ToList().FindIndex(x => x.Id == c.Id);
        return body.CaseNumber(year, place < 0 ? earlier.Count + 1 : place + 1);
    }
}
