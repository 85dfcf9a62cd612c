using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Audit;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.Reviews;

public sealed record CaseDetails(
    ReviewCase Case,
    WorkflowDefinition Workflow,
    ClockReading Clock,
    int? RemainingWorkingDays,
    IReadOnlyList<OpenTaskView> OpenTasks,
    IReadOnlyList<ActionView> Actions,
    IReadOnlyList<AuditEvent> Timeline,
    IReadOnlyList<CaseDocument> Documents,
    IReadOnlyList<MaterialRequirement> MissingMaterials,
    IReadOnlySet<string> VisitedStates,
    IReadOnlyList<CaseFinding> Findings)
{
    public string StateLabel => Workflow.StateLabel(Case.State);

    /// <summary>The latest 补正 checklist and which items the drafter answered (from <see cref="Timeline"/>).</summary>
    public SupplementStatus? Supplement => SupplementStatus.Of(Timeline, Workflow);
}

public sealed record OpenTaskView(Guid Id, string Role, string? AssigneeId, string? AssigneeName, DateOnly? DueOn, bool MayClaim, bool MayRelease);

/// <summary>An action as the viewer sees it, with the role they would act in (<see cref="ActingRoleRules"/>, as when they take it).</summary>
public sealed record ActionView(ActionAvailability Availability, string ActingRole, ActionDefinition Definition);

/// <summary>案件详情 for one viewer: 404 when the case is not theirs to see.</summary>
public sealed class GetCaseDetailsHandler(IReviewDbContext db, PinnedWorkflows pinned, IWorkflowCatalog catalog, TimeProvider clock)
{
    public async Task<CaseDetails> HandleAsync(Viewer viewer, Guid caseId, CancellationToken ct = default)
    {
        var c = await CaseStore.LoadVisibleAsync(db, viewer, caseId, ct);
        var wf = await pinned.ForCaseAsync(c, ct);
        var today = ChinaTime.Today(clock);
        var reading = c.Clock.Read(catalog.Calendar, today);
        int? remaining = reading.Due is { } due && !c.IsClosed && c.Clock.StoppedOn is null ? catalog.Calendar.RemainingWorkingDays(today, due) : null;
        var timeline = await db.AuditEvents.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Sequence).ToListAsync(ct);
        var documents = await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == caseId).OrderBy(d => d.Round).ThenBy(d => d.UploadedAtUtc).ToListAsync(ct);
        // Only the holders of open tasks are shown by name; reading every account grew with the district's users.
        var holders = c.OpenTasks.Select(t => t.AssigneeId).OfType<string>().Distinct().ToList();
        var names = holders.Count == 0
            ? []
            : await db.UserAccounts.AsNoTracking().Where(u => holders.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var visited = timeline.SelectMany(e => new[] { e.FromState, e.ToState }).Where(s => s.Length > 0).ToHashSet();
        var missing = wf.MissingMaterials(c.Metadata, c.AttachedMaterials);
        // Findings of the latest main document of the round (a revision is pre-reviewed again).
        var main = wf.Materials.FirstOrDefault()?.Id;
        var latest = documents.LastOrDefault(d => d.Round == c.Round && d.MaterialId == main)?.Sha256;
        var findings = latest is null ? [] : await db.CaseFindings.AsNoTracking().Where(f => f.CaseId == caseId && f.Round == c.Round && f.DocumentSha256 == latest)
            .OrderBy(f => f.Start).ToListAsync(ct);
        if (await Experts.ExpertIndependence.AppliesAsync(db, viewer, c, ct))
        {
            timeline = timeline.Where(e => Experts.ExpertIndependence.Shows(e, viewer)).ToList();
            documents = documents.Where(d => Experts.ExpertIndependence.Shows(d, viewer)).ToList();
        }

        return new CaseDetails(c, wf, reading, remaining, Tasks(c, viewer, names), Actions(c, wf, viewer), timeline, documents, missing, visited, findings);
    }

    private static List<OpenTaskView> Tasks(ReviewCase c, Viewer viewer, Dictionary<string, string> names) =>
        c.OpenTasks.Select(t => new OpenTaskView(t.Id, t.Role, t.AssigneeId, t.AssigneeId is null ? null : names.GetValueOrDefault(t.AssigneeId, t.AssigneeId), t.DueOn,
            MayClaim: t.AssigneeId is null && viewer.HasRole(t.Role) && t.OrganisationId == viewer.OrganisationId && !t.Excludes(viewer.UserId),
            MayRelease: t.AssigneeId == viewer.UserId)).ToList();

    private static List<ActionView> Actions(ReviewCase c, WorkflowDefinition wf, Viewer viewer)
    {
        var state = wf.State(c.State);
        var result = new List<ActionView>();
        foreach (var role in viewer.Roles)
        {
            foreach (var availability in c.AvailableActions(wf, viewer.ActAs(role)))
            {
                var definition = state.FindAction(availability.ActionId)!;
                if (ActingRoleRules.ForAction(state, availability.ActionId, viewer.Roles) == role)
                {
                    result.Add(new ActionView(availability, role, definition));
                }
            }
        }

        return result;
    }
}
