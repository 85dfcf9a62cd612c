using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Reviews;

public enum TaskOperation
{
    Claim,
    Release,
    Reassign,
}

public sealed record ManageTaskCommand(Guid CaseId, Guid TaskId, Actor Actor, TaskOperation Operation, string? ToUserId = null, string? Reason = null, long? ExpectedVersion = null, Viewer? Viewer = null);

/// <summary>认领 / 释放 / 转办 of a work item, saved with its audit event.</summary>
public sealed class ManageTaskHandler(IReviewDbContext db, IWorkflowCatalog catalog, PinnedWorkflows pinned, TimeProvider clock)
{
    public async Task<ReviewCase> HandleAsync(ManageTaskCommand cmd, CancellationToken ct = default)
    {
        InputLimits.CheckReason(cmd.Reason, cmd.ToUserId);
        await CaseStore.EnsureVisibleAsync(db, cmd.Viewer, cmd.CaseId, ct);
        var c = await CaseStore.LoadRequiredAsync(db, cmd.CaseId, ct);
        CaseStore.EnsureVersion(c, cmd.ExpectedVersion);
        var ctx = new ActionContext(cmd.Actor, clock.GetUtcNow(), catalog.Calendar);
        switch (cmd.Operation)
        {
            case TaskOperation.Claim:
                c.ClaimTask(cmd.TaskId, ctx, await pinned.ForCaseAsync(c, ct));
                break;
            case TaskOperation.Release:
                c.ReleaseTask(cmd.TaskId, ctx);
                break;
            default:
                var to = await db.UserAccounts.FirstOrDefaultAsync(u => u.Id == cmd.ToUserId, ct)
                    ?? throw new InvalidInputException($"toUserId: 未知用户 '{cmd.ToUserId}'");
                var org = await db.Organisations.FirstAsync(o => o.Id == to.OrganisationId, ct);
                c.ReassignTask(cmd.TaskId, to, org, cmd.Reason ?? "", ctx, await pinned.ForCaseAsync(c, ct));
                break;
        }

        await CaseStore.SaveAsync(db, c, [], ct);
        return c;
    }
}
