using System.Text.Json;
using ReviewEngine.Domain.Audit;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Reviews;

/// <summary>
/// A matter under legality review (审查案件). The state lives in <see cref="State"/>; a Stateless machine built from the
/// pinned workflow definition decides which transitions exist. Every action goes through <see cref="PerformAsync"/>,
/// which checks access and guards, fires the trigger, applies effects (tasks, clock, flags, opinion) and appends
/// a hash-chained audit event. Work items and group tasks are in ReviewCase.Tasks.cs, pre-review decisions in
/// ReviewCase.PreReview.cs; the effects of one action stay together here.
/// </summary>
public sealed partial class ReviewCase
{
    /// <summary>The audit action and document purpose of the submission (not a workflow action).</summary>
    public const string SubmitAction = "submit";

    private readonly List<WorkItem> _tasks = [];
    private readonly List<AuditEvent> _newEvents = [];
    private readonly List<CaseDocument> _newDocuments = [];

    private ReviewCase()
    {
        Number = Title = Kind = TownshipId = DistrictId = DraftingUnit = DrafterId = WorkflowId = WorkflowHash = State = LastEventHash = "";
    }

    public Guid Id { get; private set; }
    public string Number { get; private set; }
    public string Title { get; private set; }
    public string Kind { get; private set; }
    public string TownshipId { get; private set; }
    public string DistrictId { get; private set; }
    public string DraftingUnit { get; private set; }
    public string DrafterId { get; private set; }
    public decimal? Amount { get; private set; }

    /// <summary>协议/合同相对人, for contracts; searchable.</summary>
    public string? Counterparty { get; private set; }

    /// <summary>The submitting form's one-time key: a form posted twice finds the case it already opened.</summary>
    public string? SubmissionKey { get; private set; }
    public string WorkflowId { get; private set; }
    public int WorkflowVersion { get; private set; }
    public string WorkflowHash { get; private set; }
    public string State { get; private set; }
    public int Round { get; private set; } = 1;
    public Dictionary<string, string> Metadata { get; private set; } = [];
    public HashSet<string> Flags { get; private set; } = [];
    public HashSet<string> AttachedMaterials { get; private set; } = [];
    public HashSet<string> VisitedInRound { get; private set; } = [];
    public Dictionary<string, int> ActionCounts { get; private set; } = [];
    public Dictionary<string, string> StateHolders { get; private set; } = [];
    public ReviewClock Clock { get; private set; } = ReviewClock.NotStarted;
    public DateOnly? DueOn { get; private set; }
    public bool DueProvisional { get; private set; }
    public ReviewOpinion? Opinion { get; private set; }
    public List<IssueAdoption> Adoptions { get; private set; } = [];
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }
    public int EventCount { get; private set; }
    public string LastEventHash { get; private set; }

    /// <summary>Optimistic-concurrency token: every saved action increments it, so a racing second action fails.</summary>
    public long Version { get; private set; }

    /// <summary>Work items loaded with the case. Repositories load the open ones; history is queried separately.</summary>
    public IReadOnlyList<WorkItem> Tasks => _tasks;

    public IEnumerable<WorkItem> OpenTasks => _tasks.Where(t => t.IsOpen);

    public bool IsClosed => ClosedAtUtc is not null;

    public int ActionCount(string actionId) => ActionCounts.GetValueOrDefault(actionId);

    public void IncrementVersion() => Version++;

    /// <summary>Set only by the state machine when it fires a transition.</summary>
    internal void MoveTo(string state) => State = state;

    /// <summary>Audit events and documents produced since load, for the repository to insert in the same transaction.</summary>
    public IReadOnlyList<AuditEvent> DequeueEvents() => Dequeue(_newEvents);

    public IReadOnlyList<CaseDocument> DequeueDocuments() => Dequeue(_newDocuments);

    public static ReviewCase Submit(CaseSubmission s, WorkflowDefinition wf, ActionContext ctx)
    {
        var actor = ctx.Actor;
        var problems = new List<string>();
        if (actor.Role != Roles.Drafter)
        {
            problems.Add("只有承办单位可以送审");
        }

        if (actor.OrganisationId != s.TownshipId)
        {
            problems.Add("只能为本乡镇（街道）送审");
        }

        if (problems.Count > 0)
        {
            throw new ActionNotAllowedException(problems);
        }

        if (string.IsNullOrWhiteSpace(s.Title) || !wf.Kinds.Contains(s.Kind))
        {
            throw new DomainException(string.IsNullOrWhiteSpace(s.Title) ? "标题不能为空" : $"工作流「{wf.Title}」不受理 {MatterKind.Label(s.Kind)}");
        }

        var c = new ReviewCase
        {
            Id = Guid.CreateVersion7(),
            Number = s.Number,
            Title = s.Title.Trim(),
            Kind = s.Kind,
            TownshipId = s.TownshipId,
            DistrictId = s.DistrictId,
            DraftingUnit = s.DraftingUnit,
            DrafterId = actor.UserId,
            Amount = s.Amount,
            Counterparty = s.Counterparty,
            SubmissionKey = s.SubmissionKey,
            WorkflowId = wf.Id,
            WorkflowVersion = wf.Version,
            WorkflowHash = wf.ContentHash,
            State = wf.InitialState,
            Metadata = new Dictionary<string, string>(s.Metadata),
            CreatedAtUtc = ctx.NowUtc,
            UpdatedAtUtc = ctx.NowUtc,
            LastEventHash = AuditEvent.GenesisHash,
        };
        foreach (var document in s.Documents)
        {
            c.AddDocument(document, SubmitAction, ctx);
        }

        var created = c.CreateTasks(wf.State(wf.InitialState), null, ctx);
        c.Record(ctx, SubmitAction, "", c.State, null, null, s.Documents.FirstOrDefault()?.Sha256, new { c.Kind, c.Title, wf = wf.Key });
        c.QueueNotices(wf, null, wf.State(c.State), created, null, ctx);
        return c;
    }

    public IReadOnlyList<ActionAvailability> AvailableActions(WorkflowDefinition wf, Actor actor)
    {
        EnsurePinned(wf);
        var state = wf.State(State);
        var result = new List<ActionAvailability>();
        foreach (var action in state.Actions.Where(a => !a.Roles.SequenceEqual([Roles.System])))
        {
            var reasons = CaseAccessPolicy.Check(this, state, action, actor, out _);
            if (reasons.Count == 0)
            {
                reasons = GuardEvaluator.Unmet(action, this, wf, ActionRequest.Probe(action.Id, action.Targets.FirstOrDefault()));
            }

            var inputs = action.Guards.Where(g => g.IsInputGuard).Select(g => g.Kind.ToString()).ToArray();
            result.Add(new ActionAvailability(action.Id, action.Label, action.Targets, reasons.Count == 0, reasons, inputs));
        }

        return result;
    }

    /// <summary>A 催办/督办 sent by the deadline processor: appended to the audit chain, no state change.</summary>
    public void RecordDeadlineNotice(string action, Guid taskId, string text, DateOnly dueOn, ActionContext ctx) =>
        Record(ctx, action, State, State, taskId, text, null, new { dueOn = dueOn.ToString("yyyy-MM-dd") });

    public async Task PerformAsync(ActionRequest request, WorkflowDefinition wf, ActionContext ctx)
    {
        EnsurePinned(wf);
        var state = wf.State(State);
        var action = state.FindAction(request.ActionId)
            ?? throw new DomainException($"当前环节「{state.Label}」没有操作「{request.ActionId}」");
        var target = ResolveTarget(action, request.Target);
        var denied = CaseAccessPolicy.Check(this, state, action, ctx.Actor, out var task);
        if (denied.Count > 0)
        {
            throw new ActionNotAllowedException(denied);
        }

        var unmet = GuardEvaluator.Unmet(action, this, wf, request).Concat(SupplementAnswerRule.Problems(action, request)).ToList();
        if (unmet.Count > 0)
        {
            throw new ActionRejectedException(action.Label, unmet);
        }

        var storeRecord = ReadAfterReviewRecord(action, request, wf, ctx);
        var from = State;
        using (var rented = ReviewMachinePool.Rent(wf, this))
        {
            await rented.Machine.StateMachine.FireAsync(rented.Machine.Triggers[action.TriggerFor(target)], request);
        }

        storeRecord?.Invoke();
        if (action.Records == ActionRecord.Publication && Publication is { } published)
        {
            // 备案 is counted from publication, in calendar days (domain.md §7.3): the filing task is due then.
            request = request with { TaskDueOn = published.PublishedOn.AddDays(wf.DeadlineLadder.Normative.FilingDays) };
        }

        Apply(action, state, from, task, request, wf, ctx);
        await CompleteGroupIfDoneAsync(wf, ctx);
    }

    private void Apply(ActionDefinition action, StateDefinition from, string fromId, WorkItem? task, ActionRequest r, WorkflowDefinition wf, ActionContext ctx)
    {
        // An internal action (标记复杂, 申请延期) keeps the holder's task open; in a group state it is the member's answer.
        if (task is not null && (!action.IsInternal || from.Task!.IsGroup))
        {
            task.Complete(ctx.Actor.UserId, action.Id, ctx.NowUtc);
            StateHolders[fromId] = ctx.Actor.UserId;
        }
        else if (task is { AssigneeId: null })
        {
            task.Claim(ctx.Actor.UserId);
        }

        ActionCounts[action.Id] = ActionCount(action.Id) + 1;
        if (action.NewRound)
        {
            StartNewRound();
        }

        if (r.Document is not null)
        {
            AddDocument(r.Document, action.Id, ctx);
        }

        foreach (var more in r.MoreDocuments ?? [])
        {
            AddDocument(more, action.Id, ctx);
        }

        Flags.UnionWith(action.SetFlags);
        Flags.ExceptWith(action.ClearFlags);
        RecordOpinionOrAdoption(action, r, ctx);
        ApplyClock(action, wf, ctx);

        int? unanswered = null;
        var created = new List<WorkItem>();
        if (!action.IsInternal)
        {
            VisitedInRound.Add(fromId);
            // A panel left before every member answered (论证提前结束): how many seats were still open joins the trail.
            unanswered = from.Task is { IsGroup: true } ? OpenTasks.Count(t => t.State == fromId) : null;
            foreach (var open in OpenTasks.Where(t => t.State == fromId).ToList())
            {
                open.Cancel($"案件已离开「{from.Label}」", ctx.NowUtc);
            }

            created = CreateTasks(wf.State(State), r, ctx);
            ClosedAtUtc = wf.State(State).IsEnd ? ctx.NowUtc : null;
        }

        var data = new { target = action.IsInternal ? null : State, r.Conclusion, r.Assignees, missing = MissingOnReturn(action, wf), record = r.Record, textHash = r.TextCheck?.SignedHash, unanswered, supplement = SupplementAnswerRule.AuditRecord(action, r) };
        Record(ctx, action.Id, fromId, State, task?.Id, r.Comment, r.Document?.Sha256, data);
        QueueNotices(wf, action, action.IsInternal ? null : wf.State(State), created, r.Comment, ctx);
    }

    private void AddDocument(DocumentInput input, string purpose, ActionContext ctx)
    {
        _newDocuments.Add(new CaseDocument(Id, Round, input, purpose, ctx.Actor.UserId, ctx.NowUtc));
        if (input.MaterialId is not null)
        {
            AttachedMaterials.Add(input.MaterialId);
        }
    }

    private string[]? MissingOnReturn(ActionDefinition action, WorkflowDefinition wf) =>
        action.Clock == ClockEffect.Pause && !action.IsInternal
            ? GuardEvaluator.MissingMaterials(this, wf).Select(m => m.Label).ToArray()
            : null;

    internal void Record(ActionContext ctx, string action, string from, string to, Guid? taskId, string? comment, string? sha, object? data)
    {
        var json = data is null ? null : JsonSerializer.Serialize(data, JsonOptions.Compact);
        var e = new AuditEvent(Id, EventCount + 1, ctx.NowUtc, ctx.Actor.UserId, ctx.Actor.DisplayName, ctx.Actor.Role,
            ctx.Actor.OrganisationId, action, from, to, taskId, comment, sha, json, LastEventHash);
        EventCount = e.Sequence;
        LastEventHash = e.Hash;
        UpdatedAtUtc = ctx.NowUtc;
        _newEvents.Add(e);
    }

    private static string? ResolveTarget(ActionDefinition action, string? target)
    {
        if (action.Targets.Count <= 1)
        {
            return action.Targets.FirstOrDefault();
        }

        return target is not null && action.Targets.Contains(target)
            ? target
            : throw new DomainException($"「{action.Label}」须选择退回到：{string.Join("、", action.Targets)}");
    }

    private void EnsurePinned(WorkflowDefinition wf)
    {
        if (wf.Id != WorkflowId || wf.Version != WorkflowVersion || wf.ContentHash != WorkflowHash)
        {
            throw new InvalidOperationException($"案件 {Number} 固定于工作流 {WorkflowId}@{WorkflowVersion}（{WorkflowHash[..8]}），不能用 {wf.Key}（{wf.ContentHash[..8]}）处理");
        }
    }

    private static List<T> Dequeue<T>(List<T> list)
    {
        var copy = list.ToList();
        list.Clear();
        return copy;
    }
}
