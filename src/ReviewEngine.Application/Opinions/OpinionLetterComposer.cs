using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Experts;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Opinions;

/// <summary>
/// Gathers a 审查意见书 from a case: the opinion of the current round, dates from the audit trail (submitted =
/// received, accept = accepted), expert opinions from giveExpertOpinion / closeConsultation events, names of the
/// reviewer and the approving lead, and the next letter number of the year.
/// </summary>
public sealed partial class OpinionLetterComposer(IReviewDbContext db, OpinionLetterOptions options)
{
    private static readonly string[] ExpertActions = ["giveExpertOpinion", "closeConsultation"];

    [GeneratedRegex("不同意|反对|异议|保留意见|不赞同|不认可|不宜签订|不合法")]
    private static partial Regex DissentRegex();

    public async Task<OpinionLetter> ComposeAsync(ReviewCase c, string reviewLead, DateTime issuedAtUtc, CancellationToken ct)
    {
        var opinion = c.Opinion ?? throw new DomainException($"案件 {c.Number} 尚无审查意见，不能出具审查意见书");
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.CaseId == c.Id).OrderBy(e => e.Sequence).ToListAsync(ct);
        var township = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == c.TownshipId, ct);
        var reviewer = await db.UserAccounts.AsNoTracking().FirstOrDefaultAsync(u => u.Id == opinion.DraftedBy, ct);
        var accepted = events.FirstOrDefault(e => e.Action == "accept")?.OccurredAtUtc;
        var panels = await db.ExpertConsultations.AsNoTracking().Where(x => x.CaseId == c.Id).ToListAsync(ct);
        var (experts, expertSummary) = panels.Count > 0 ? FromPanels(panels.Where(x => x.Round == c.Round).OrderBy(x => x.CreatedAtUtc)) : (FromEvents(events), null);
        var townshipName = township?.Name ?? c.TownshipId;
        return new OpinionLetter(
            c.Id,
            await NumberAsync(c, issuedAtUtc, ct),
            townshipName,
            c.Number,
            c.Title,
            MatterKind.Label(c.Kind),
            string.IsNullOrWhiteSpace(c.DraftingUnit) ? townshipName : $"{townshipName}{c.DraftingUnit}",
            DateOnly.FromDateTime(c.CreatedAtUtc),
            accepted is { } a ? DateOnly.FromDateTime(a) : null,
            DateOnly.FromDateTime(issuedAtUtc),
            await BasisAsync(c, opinion, ct),
            opinion.Issues,
            experts,
            opinion.Conclusion,
            opinion.Text,
            reviewer?.DisplayName ?? opinion.DraftedBy,
            reviewLead,
            expertSummary);
    }

    /// <summary>Each signed answer of the round's panels, dissents marked by the panel summary (not by wording).</summary>
    private static (List<ExpertOpinionEntry>, string?) FromPanels(IEnumerable<ExpertConsultation> panels)
    {
        var entries = new List<ExpertOpinionEntry>();
        var summaries = new List<string>();
        foreach (var panel in panels)
        {
            var summary = panel.Summary;
            summaries.Add(summary.Text);
            entries.AddRange(summary.Agreeing.Concat(summary.Dissents).Select(m => new ExpertOpinionEntry(
                m.Organisation.Length == 0 ? m.Name : $"{m.Name}（{m.Organisation}）",
                ExpertConsultation.Format(m.Verdict!.Value, m.Text ?? "", m.Points ?? []).Replace('\n', ' '),
                summary.Dissents.Contains(m))));
        }

        return (entries, summaries.Count == 0 ? null : string.Join("；", summaries) + "。");
    }

    /// <summary>Cases consulted before panels were recorded: the opinions are the audit events' comments.</summary>
    private static List<ExpertOpinionEntry> FromEvents(IEnumerable<Domain.Audit.AuditEvent> events) =>
        events.Where(e => ExpertActions.Contains(e.Action) && !string.IsNullOrWhiteSpace(e.Comment))
            .Select(e => new ExpertOpinionEntry(e.ActorName, e.Comment!.Trim(), DissentRegex().IsMatch(e.Comment)))
            .ToList();

    /// <summary>A case that already has a letter keeps its number; otherwise the next number of the issue year.</summary>
    private async Task<string> NumberAsync(ReviewCase c, DateTime issuedAtUtc, CancellationToken ct)
    {
        var year = issuedAtUtc.Year;
        var start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var letters = await db.CaseDocuments.AsNoTracking()
            .Where(d => d.Purpose == OpinionLetterOptions.DocumentPurpose && d.UploadedAtUtc >= start && d.UploadedAtUtc < start.AddYears(1))
            .OrderBy(d => d.UploadedAtUtc).Select(d => d.CaseId).ToListAsync(ct);
        var own = letters.IndexOf(c.Id);
        return options.FormatNumber(year, own >= 0 ? own + 1 : letters.Count + 1);
    }

    private async Task<List<string>> BasisAsync(ReviewCase c, ReviewOpinion opinion, CancellationToken ct)
    {
        var materials = await db.CaseDocuments.AsNoTracking()
            .Where(d => d.CaseId == c.Id && d.Round == c.Round && d.Purpose != OpinionLetterOptions.DocumentPurpose)
            .OrderBy(d => d.UploadedAtUtc).ThenBy(d => d.FileName).Select(d => d.FileName).ToListAsync(ct);
        var basis = new List<string>();
        if (materials.Count > 0)
        {
            basis.Add($"送审材料：{string.Join("、", materials)}");
        }

        basis.AddRange(opinion.Issues.Select(i => i.LegalBasis).Where(b => !string.IsNullOrWhiteSpace(b)).Distinct());
        return basis;
    }
}
