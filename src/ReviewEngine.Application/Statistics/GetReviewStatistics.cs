using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.Statistics;

/// <summary>
/// Volume, timeliness and outcome figures for the 统计 page (district: every township; township: its own).
/// The clock ledger is a JSON column, so the filtered cases are loaded and measured in memory (a district's
/// yearly volume is in the hundreds).
/// </summary>
public sealed class GetReviewStatisticsHandler(IReviewDbContext db, IWorkflowCatalog catalog, PinnedWorkflows pinned)
{
    public async Task<ReviewStatistics> HandleAsync(StatisticsQuery q, CancellationToken ct = default)
    {
        var scope = db.ReviewCases.AsNoTracking().VisibleTo(db, q.Viewer);
        if (q.Kind is not null)
        {
            scope = scope.Where(c => c.Kind == q.Kind);
        }

        if (q.TownshipId is not null)
        {
            scope = scope.Where(c => c.TownshipId == q.TownshipId);
        }

        var cases = await scope.ToListAsync(ct);
        var calendar = catalog.Calendar;
        bool InPeriod(DateOnly d) => d >= q.From && d <= q.To;
        var issued = cases.Where(c => c.Clock.StoppedOn is { } s && InPeriod(s) && c.Opinion is { Approved: true }).ToList();
        var durations = issued.Select(c => Elapsed(c.Clock, calendar)).Order().ToList();
        var overdue = issued.Count(c => c.DueOn is { } due && c.Clock.StoppedOn > due);
        var experts = (await ConsultationRequestsAsync(cases, ct)).Count(t => InPeriod(ChinaDate(t)));

        return new ReviewStatistics(
            cases.Count(c => InPeriod(ChinaDate(c.CreatedAtUtc))),
            cases.Count(c => c.ClosedAtUtc is { } closed && InPeriod(ChinaDate(closed))),
            issued.Count,
            Median(durations),
            Percentile(durations, 0.9),
            overdue,
            issued.Count == 0 ? null : (double)overdue / issued.Count,
            issued.GroupBy(c => c.Opinion!.Conclusion).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            experts,
            AdoptionByRule(issued),
            await FlaggedRulesAsync(cases.Where(c => InPeriod(ChinaDate(c.CreatedAtUtc))).ToList(), ct));
    }

    public const int TopRules = 10;

    /// <summary>When 专家论证 was requested: the audit events of the actions tagged expertConsultationRequested in each case's pinned workflow.</summary>
    private async Task<List<DateTime>> ConsultationRequestsAsync(List<ReviewCase> cases, CancellationToken ct)
    {
        var tagged = new Dictionary<WorkflowDefinition, IReadOnlySet<string>>(ReferenceEqualityComparer.Instance);
        var byCase = new Dictionary<Guid, IReadOnlySet<string>>();
        foreach (var c in cases)
        {
            var wf = await pinned.ForCaseAsync(c, ct);
            if (!tagged.TryGetValue(wf, out var actionIds))
            {
                tagged[wf] = actionIds = wf.ActionIdsTagged(ActionTag.ExpertConsultationRequested);
            }

            byCase[c.Id] = actionIds;
        }

        var ids = byCase.Keys.ToList();
        var actions = tagged.Values.SelectMany(a => a).Distinct().ToList();
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => ids.Contains(e.CaseId) && actions.Contains(e.Action))
            .Select(e => new { e.CaseId, e.Action, e.OccurredAtUtc })
            .ToListAsync(ct);
        return events.Where(e => byCase[e.CaseId].Contains(e.Action)).Select(e => e.OccurredAtUtc).ToList();
    }

    /// <summary>Each issue of the issued opinions that the drafter answered, counted under the rule it cites.</summary>
    public static IReadOnlyList<RuleAdoption> AdoptionByRule(IEnumerable<ReviewCase> issued) =>
        issued.SelectMany(c => c.Opinion!.Issues.Select(i => (Rule: i.RuleId ?? RuleAdoption.NoRule, Answer: c.Adoptions.FirstOrDefault(a => a.IssueNo == i.No))))
            .Where(x => x.Answer is not null)
            .GroupBy(x => x.Rule)
            .Select(g => new RuleAdoption(g.Key, g.Count(),
                g.Count(x => x.Answer!.Decision == AdoptionDecision.Adopted),
                g.Count(x => x.Answer!.Decision == AdoptionDecision.PartiallyAdopted),
                g.Count(x => x.Answer!.Decision == AdoptionDecision.NotAdopted)))
            .OrderBy(r => r.RuleId, StringComparer.Ordinal)
            .ToList();

    private async Task<IReadOnlyList<RuleFlagCount>> FlaggedRulesAsync(List<ReviewCase> received, CancellationToken ct)
    {
        var ids = received.Select(c => c.Id).ToList();
        var findings = await db.CaseFindings.AsNoTracking()
            .Where(f => ids.Contains(f.CaseId) && f.Status != FindingStatus.Dismissed)
            .Select(f => new { f.CaseId, f.RuleId })
            .ToListAsync(ct);
        var fromIssues = received.SelectMany(c => (c.Opinion?.Issues ?? []).Where(i => i.RuleId is not null).Select(i => (c.Id, RuleId: i.RuleId!)));
        return findings.Select(f => (Id: f.CaseId, f.RuleId)).Concat(fromIssues)
            .Distinct()
            .GroupBy(x => x.RuleId)
            .Select(g => new RuleFlagCount(g.Key, g.Count()))
            .OrderByDescending(r => r.Cases).ThenBy(r => r.RuleId, StringComparer.Ordinal)
            .Take(TopRules)
            .ToList();
    }

    /// <summary>Working days the clock ran: from acceptance to opinion, minus paused working days.</summary>
    public static int Elapsed(ReviewClock clock, WorkingDayCalendar calendar)
    {
        var stopped = clock.StoppedOn!.Value;
        var paused = clock.Pauses.Sum(p => calendar.CountWorkingDays(p.From, p.To ?? stopped));
        return calendar.CountWorkingDays(clock.StartedOn!.Value, stopped) - paused;
    }

    private static DateOnly ChinaDate(DateTime utc) => ChinaTime.DateOf(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    private static double? Median(List<int> sorted) => sorted.Count == 0
        ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;

    /// <summary>Nearest-rank percentile: the smallest value with at least p of the values at or below it.</summary>
    private static int? Percentile(List<int> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
