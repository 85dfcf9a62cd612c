using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Experts;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.Reviews;

/// <summary>
/// Why a viewer cannot take an action now. When the action belonged to the state the case has just left, and to one of
/// the viewer's roles, someone else acted first: the caller lost a race (without expectedVersion) and gets the conflict
/// naming the case, not "no right" (issue 18 L6). Read only on this refusal path, so an action that goes ahead never pays for it.
/// </summary>
public static class UnavailableAction
{
    public static async Task<DomainException> ExplainAsync(IReviewDbContext db, ReviewCase c, WorkflowDefinition wf, string actionId, Viewer viewer, CancellationToken ct)
    {
        var moves = db.AuditEvents.AsNoTracking().Where(e => e.CaseId == c.Id && e.FromState != e.ToState && e.FromState != "");
        if (await ExpertIndependence.AppliesAsync(db, viewer, c, ct))
        {
            // An expert in an open consultation sees only their own steps of the trail (专家独立), and is answered from those.
            moves = moves.Where(e => e.ActorId == viewer.UserId);
        }

        var left = await moves.OrderByDescending(e => e.Sequence).Select(e => e.FromState).FirstOrDefaultAsync(ct);
        var previous = wf.States.FirstOrDefault(s => s.Id == left)?.FindAction(actionId);
        return left != c.State && previous is not null && previous.Roles.Any(viewer.HasRole)
            ? new ConcurrencyConflictException(c.Number)
            : new ActionNotAllowedException([$"当前环节「{wf.StateLabel(c.State)}」没有您可执行的操作「{actionId}」"]);
    }
}
