using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Experts;

/// <summary>
/// The deadline side of a consultation: once every open expert task is past its answer-by date, the workflow's
/// rule for late panels (a quorum of answers) completes the state and the review clock resumes. Run by the
/// deadline processor, one case per unit of work.
/// </summary>
public sealed class CompleteOverdueConsultationsHandler(IReviewDbContext db, PinnedWorkflows pinned, IWorkflowCatalog catalog, TimeProvider clock)
{
    /// <summary>Cases with an expert task still open after its answer-by date.</summary>
    public async Task<IReadOnlyList<Guid>> OverdueAsync(CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        return await db.WorkItems.AsNoTracking()
            .Where(t => t.Status == WorkItemStatus.Open && t.Role == Roles.Expert && t.DueOn != null && t.DueOn < today)
            .Select(t => t.CaseId).Distinct().ToListAsync(ct);
    }

    /// <summary>Completes the case's consultation when the quorum is in; false when it must keep waiting.</summary>
    public async Task<bool> CompleteAsync(Guid caseId, CancellationToken ct = default)
    {
        var c = await CaseStore.LoadRequiredAsync(db, caseId, ct);
        var wf = await pinned.ForCaseAsync(c, ct);
        await CaseStore.LoadGroupTasksAsync(db, c, ct);
        var ctx = new ActionContext(Actor.SystemActor, clock.GetUtcNow(), catalog.Calendar);
        if (!await c.CompleteGroupAfterDeadlineAsync(wf, ctx))
        {
            return false;
        }

        await CaseStore.SaveAsync(db, c, [], ct);
        return true;
    }
}
