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

/// <param name="Actor">Who acts, in a role the caller has already decided (CLI, tests). Null for a signed-in
/// <paramref name="Viewer"/>, whose acting role <see cref="ActingRoleRules"/> chooses for the task and operation.</param>
/// <param name="Viewer">When given, a case the viewer may not see, or a task it has no open one of, answers "not found".</param>
public sealed record ManageTaskCommand(Guid CaseId, Guid TaskId, Actor? Actor, TaskOperation Operation, string? ToUserId = null, string? Reason = null,
    long? ExpectedVersion = null, Viewer? Viewer = null);

/// <summary>认领 / 释放 / 转办 of a work item, saved with its audit event: one load of the case (with its visibility and
/// open tasks), the acting role, the aggregate's rules, one save.</summary>
public sealed class ManageTaskHandler(IReviewDbContext db, IWorkflowCatalog catalog, PinnedWorkflows pinned, TimeProvider clock)
{
    public async Task<ReviewCase> HandleAsync(ManageTaskCommand cmd, CancellationToken ct = default)
    {
        var c = await CaseStore.LoadVisibleAsync(db, cmd.Viewer, cmd.CaseId, ct);
        var actor = cmd.Actor ?? ViewerActor(c, cmd);
        InputLimits.CheckReason(cmd.Reason, cmd.ToUserId);
        CaseStore.EnsureVersion(c, cmd.ExpectedVersion);
        var ctx = new ActionContext(actor, clock.GetUtcNow(), catalog.Calendar);
        switch (cmd.Operation)
        {
            case TaskOperation.Claim:
                c.ClaimTask(cmd.TaskId, ctx, await pinned.ForCaseAsync(c, ct));
                break;
            case TaskOperation.Release:
                c.ReleaseTask(cmd.TaskId, ctx);
                break;
            default:
                // The person and their organisation in one statement.
                var to = await (from u in db.UserAccounts
                                join o in db.Organisations on u.OrganisationId equals o.Id
                                where u.Id == cmd.ToUserId
                                select new { User = u, Organisation = o }).FirstOrDefaultAsync(ct)
                    ?? throw new InvalidInputException($"toUserId: 未知用户 '{cmd.ToUserId}'");
                c.ReassignTask(cmd.TaskId, to.User, to.Organisation, cmd.Reason ?? "", ctx, await pinned.ForCaseAsync(c, ct));
                break;
        }

        await CaseStore.SaveAsync(db, c, [], ct);
        return c;
    }

    private static Actor ViewerActor(ReviewCase c, ManageTaskCommand cmd)
    {
        var viewer = cmd.Viewer ?? throw new ArgumentException("A task operation needs an actor or a viewer.", nameof(cmd));
        var task = c.OpenTasks.FirstOrDefault(t => t.Id == cmd.TaskId) ?? throw new NotFoundException("该任务");
        return viewer.ActAs(cmd.Operation == TaskOperation.Reassign ? ActingRoleRules.ForReassign(viewer.Roles) : ActingRoleRules.ForTask(task, viewer.Roles));
    }
}
