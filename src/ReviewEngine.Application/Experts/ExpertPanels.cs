using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Experts;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.Experts;

/// <summary>An action made ready for the aggregate, and the consultation it opens (added only once the action succeeded).</summary>
public sealed record PreparedAction(ActionRequest Request, ExpertConsultation? Opened);

/// <summary>
/// The expert side of case actions. Entering an expert group state (提请专家论证) draws the panel for the fields the
/// reviewer chose and assigns one task per drawn expert's account, with the answer-by date of the rules; naming the
/// experts instead is a targeted invitation (no draw). An expert's opinion is recorded on the consultation as a
/// signed answer, and the audit event carries it in words.
/// </summary>
public sealed class ExpertPanels(IReviewDbContext db, CaseDraws draws, DrawRules rules)
{
    public const int MaxFields = 10;
    public const int MaxPoints = 20;

    public async Task<PreparedAction> PrepareAsync(ReviewCase c, WorkflowDefinition wf, ActionRequest request, ExpertInput? input, ActionContext ctx, CancellationToken ct)
    {
        var state = wf.State(c.State);
        var action = state.FindAction(request.ActionId);
        var opens = action is not null && OpensConsultation(wf, action);
        var answers = action is not null && IsAnswer(state, action);
        if (!(opens || answers) || !IsAvailable(c, wf, action!, ctx.Actor))
        {
            // Not an expert action, or one the aggregate will refuse with its reasons: no draw for an action that will not happen.
            return new PreparedAction(request, null);
        }

        return opens
            ? await OpenAsync(c, wf.State(action!.Targets[0]), request, input, ctx, ct)
            : new PreparedAction(await AnswerAsync(c, request, input, ctx, ct), null);
    }

    /// <summary>The consultation of the case's current state and round, tracked for changes.</summary>
    public Task<ExpertConsultation?> CurrentAsync(ReviewCase c, CancellationToken ct) =>
        db.ExpertConsultations.Where(x => x.CaseId == c.Id && x.Round == c.Round && x.State == c.State)
            .OrderByDescending(x => x.CreatedAtUtc).FirstOrDefaultAsync(ct);

    public static bool OpensConsultation(WorkflowDefinition wf, ActionDefinition action) =>
        action.Targets.Count == 1 && wf.State(action.Targets[0]).Task is { IsGroup: true, Role: Roles.Expert, Assignment: TaskAssignment.Chosen };

    public static bool IsAnswer(StateDefinition state, ActionDefinition action) =>
        state.Task is { IsGroup: true, Role: Roles.Expert } && action.IsInternal && action.Roles.Contains(Roles.Expert);

    private static bool IsAvailable(ReviewCase c, WorkflowDefinition wf, ActionDefinition action, Actor actor) =>
        c.AvailableActions(wf, actor).FirstOrDefault(a => a.ActionId == action.Id) is { Available: true };

    private async Task<PreparedAction> OpenAsync(ReviewCase c, StateDefinition target, ActionRequest request, ExpertInput? input, ActionContext ctx, CancellationToken ct)
    {
        var fields = CleanList(input?.Fields, MaxFields, "fields");
        var due = request.TaskDueOn ?? ctx.Calendar.AddWorkingDays(ctx.Today, rules.ConsultationWorkingDays).Date;
        if (request.Assignees is { Count: > 0 } named)
        {
            var invited = await InvitedAsync(named, ct);
            return new PreparedAction(request with { TaskDueOn = due },
                ExpertConsultation.Open(c.Id, c.Round, target.Id, fields, invited.Count, null, due, invited, ctx.NowUtc));
        }

        if (fields.Count == 0)
        {
            throw new InvalidInputException("fields: 请选择论证所需的专业领域（至少一个），系统据此随机抽取专家");
        }

        var seed = input?.Seed ?? DrawExpertsHandler.NewSeed();
        var draw = await draws.DrawAsync(c, ctx.Actor, fields, seed, ctx.Today, rules.SizeFor(c.Kind), ct: ct);
        c.RecordExpertDraw(CaseDraws.AuditComment(draw.Result), CaseDraws.AuditData(draw), ctx);
        var members = draw.Result.Panel.Select(PanelMember.From).ToList();
        return new PreparedAction(request with { Assignees = members.Select(m => m.UserId).ToArray(), TaskDueOn = due },
            ExpertConsultation.Open(c.Id, c.Round, target.Id, fields, members.Count, seed, due, members, ctx.NowUtc));
    }

    /// <summary>定向邀请: every named account must be an active expert; a linked pool entry gives the organisation.</summary>
    private async Task<List<PanelMember>> InvitedAsync(IReadOnlyList<string> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        var users = await db.UserAccounts.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var experts = await db.Experts.AsNoTracking().Where(e => e.UserId != null && ids.Contains(e.UserId)).ToListAsync(ct);
        var members = new List<PanelMember>();
        foreach (var id in ids)
        {
            if (!users.TryGetValue(id, out var user) || !user.IsActive || !user.HasRole(Roles.Expert))
            {
                throw new InvalidInputException($"assignees: 「{id}」不是可用的专家账号");
            }

            members.Add(experts.FirstOrDefault(e => e.UserId == id) is { } e ? PanelMember.From(e) : new PanelMember(null, id, user.DisplayName, "", ""));
        }

        return members;
    }

    private async Task<ActionRequest> AnswerAsync(ReviewCase c, ActionRequest request, ExpertInput? input, ActionContext ctx, CancellationToken ct)
    {
        if (await CurrentAsync(c, ct) is not { } consultation)
        {
            return request;
        }

        var verdict = input?.Verdict ?? ExpertVerdicts.FromText(request.Comment)
            ?? throw new InvalidInputException("verdict: 请选择论证结论：同意、修改后同意或不同意");
        var points = CleanList(input?.Points, MaxPoints, "points");
        var member = consultation.Answer(ctx.Actor.UserId, verdict, request.Comment ?? "", points, ctx.NowUtc);
        return request with { Comment = ExpertConsultation.Format(verdict, member.Text!, member.Points!) };
    }

    private static List<string> CleanList(IReadOnlyList<string>? values, int max, string field)
    {
        var list = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().ToList();
        if (list.Count > max)
        {
            throw new InvalidInputException($"{field}: 最多 {max} 项（收到 {list.Count} 项）");
        }

        if (list.FirstOrDefault(v => v.Length > 500) is { } tooLong)
        {
            throw new InvalidInputException($"{field}: 每项不超过 500 字（「{tooLong[..10]}…」过长）");
        }

        return list;
    }
}
