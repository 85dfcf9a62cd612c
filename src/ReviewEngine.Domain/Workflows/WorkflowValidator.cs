using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Domain.Workflows;

/// <summary>Checks a parsed file against the closed vocabulary and builds the runtime definition. Collects every error.</summary>
internal sealed class WorkflowValidator(WorkflowFile file, string fileName, string expectedId, string contentHash, bool pinned = false)
{
    private readonly List<WorkflowValidationError> _errors = [];

    public WorkflowParseResult Validate()
    {
        CheckHeader();
        var clock = ReadClock();
        var ladder = DeadlineLadderParser.Parse(file.DeadlineLadder, Error);
        var flags = ReadNamed(file.Flags, "$.flags");
        var terms = new MaterialAndConclusionReader(file, Error);
        var materials = terms.ReadMaterials();
        var conclusions = terms.ReadConclusions();
        var conclusionConditions = terms.ReadConclusionConditions(conclusions);
        var stateIds = CollectStateIds();
        var tags = new WorkflowTagReader(file.SchemaVersion, Error);
        var context = new ActionParser(stateIds, flags.Keys.ToHashSet(), conclusions.ToHashSet(), clock, file.SchemaVersion, tags, Error);
        var states = ReadStates(context, tags);
        AddCommonActions(states, context);
        CheckReviewedText(materials, states);
        tags.Check(states);
        if (!pinned)
        {
            GroupExitCheck.Run(states, Error);
        }

        if (_errors.Count == 0)
        {
            WorkflowGraphCheck.Run(states, file.InitialState!, Error);
        }

        if (_errors.Count > 0)
        {
            return new WorkflowParseResult(null, _errors);
        }

        var definition = new WorkflowDefinition(
            file.Id!, file.Version!.Value, contentHash, file.Title!, file.Kinds!, file.InitialState!, clock!,
            flags, materials, conclusions, states.Select(s => s.Build()).ToArray(), ladder)
        {
            ConclusionConditions = conclusionConditions,
        };
        return new WorkflowParseResult(definition, []);
    }

    private void Error(string path, string message) => _errors.Add(new WorkflowValidationError(fileName, path, message));

    private void CheckHeader()
    {
        if (file.SchemaVersion is not (1 or WorkflowTags.TaggedSchemaVersion))
        {
            Error("$.schemaVersion", file.SchemaVersion is null ? "缺少 schemaVersion" : $"不支持的 schemaVersion {file.SchemaVersion}（支持 1 和 2；2 = 状态与操作带 tags）");
        }

        if (string.IsNullOrWhiteSpace(file.Id))
        {
            Error("$.id", "缺少 id");
        }
        else if (file.Id != expectedId)
        {
            Error("$.id", $"id '{file.Id}' 须与文件名 '{expectedId}' 相同");
        }

        if (file.Version is null or < 1)
        {
            Error("$.version", "version 须为正整数");
        }

        if (string.IsNullOrWhiteSpace(file.Title))
        {
            Error("$.title", "缺少 title");
        }

        if (file.Kinds is null || file.Kinds.Count == 0)
        {
            Error("$.kinds", "须至少列出一种审查事项类型");
        }
        else
        {
            for (var i = 0; i < file.Kinds.Count; i++)
            {
                if (!MatterKind.IsKnown(file.Kinds[i]))
                {
                    Error($"$.kinds[{i}]", $"未知审查事项类型 '{file.Kinds[i]}'（可用：{string.Join(", ", MatterKind.All)}）");
                }
            }
        }
    }

    private ReviewClockPolicy? ReadClock()
    {
        var c = file.ReviewClock;
        if (c is null)
        {
            Error("$.reviewClock", "缺少 reviewClock（审查期限）");
            return null;
        }

        if (c.WorkingDays is null)
        {
            Error("$.reviewClock.workingDays", "期限缺少工作日数");
            return null;
        }

        if (c.WorkingDays < 1 || c.ExtensionWorkingDays < 0 || c.MinimumWorkingDays < 0)
        {
            Error("$.reviewClock", "工作日数须为正数");
        }

        if (c.MinimumWorkingDays is { } min && c.WorkingDays < min)
        {
            Error("$.reviewClock.workingDays", $"审查期限 {c.WorkingDays} 个工作日少于法定最少预留的 {min} 个工作日");
        }

        if (c.ReserveBeforeMeeting == true && c.MinimumWorkingDays is not > 0)
        {
            Error("$.reviewClock.reserveBeforeMeeting", "reserveBeforeMeeting 须同时写明 minimumWorkingDays（会前预留的审查工作日）");
        }

        return new ReviewClockPolicy(c.WorkingDays.Value, c.ExtensionWorkingDays ?? 0, c.MinimumWorkingDays ?? 0)
        {
            ReserveBeforeMeeting = c.ReserveBeforeMeeting ?? false,
        };
    }

    private Dictionary<string, string> ReadNamed(List<NamedItemFile>? items, string path)
    {
        var result = new Dictionary<string, string>();
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var item = items![i];
            if (string.IsNullOrWhiteSpace(item.Id))
            {
                Error($"{path}[{i}].id", "缺少 id");
            }
            else if (!result.TryAdd(item.Id, item.Label ?? item.Id))
            {
                Error($"{path}[{i}].id", $"重复的 id '{item.Id}'");
            }
        }

        return result;
    }

    // 签订 compares the signed text with the reviewed one, so the workflow must say which material is the reviewed text.
    private void CheckReviewedText(List<MaterialRequirement> materials, List<StateBuilder> states)
    {
        var marked = materials.Count(m => m.ReviewedText);
        if (marked > 1)
        {
            Error("$.materials", "reviewedText 只能标记一项材料（受审文本）");
        }

        var signing = states.FirstOrDefault(s => s.Actions.Any(a => a.Records == ActionRecord.Signing));
        if (signing is not null && marked == 0)
        {
            Error("$.materials", $"状态 '{signing.Id}' 有签订操作（records: signing），须以 reviewedText: true 标记受审文本材料");
        }
    }

    private HashSet<string> CollectStateIds()
    {
        var ids = new HashSet<string>();
        var states = file.States ?? [];
        if (states.Count == 0)
        {
            Error("$.states", "须至少有一个状态");
        }

        for (var i = 0; i < states.Count; i++)
        {
            var id = states[i].Id;
            if (string.IsNullOrWhiteSpace(id))
            {
                Error($"$.states[{i}].id", "缺少 id");
            }
            else if (!ids.Add(id))
            {
                Error($"$.states[{i}].id", $"重复的状态 id '{id}'");
            }
        }

        if (string.IsNullOrWhiteSpace(file.InitialState))
        {
            Error("$.initialState", "缺少 initialState");
        }
        else if (!ids.Contains(file.InitialState))
        {
            Error("$.initialState", $"未知状态 '{file.InitialState}'");
        }

        return ids;
    }

    private List<StateBuilder> ReadStates(ActionParser actions, WorkflowTagReader tags)
    {
        var result = new List<StateBuilder>();
        var states = file.States ?? [];
        for (var i = 0; i < states.Count; i++)
        {
            var path = $"$.states[{i}]";
            var s = states[i];
            if (string.IsNullOrWhiteSpace(s.Id))
            {
                continue;
            }

            var builder = new StateBuilder(s.Id, s.Label ?? s.Id, s.End ?? false, path)
            {
                Tags = tags.ForState(s.Id, s.Tags, path + ".tags"),
                Notify = NotifyParser.Parse(s.Notify, file.SchemaVersion, onAction: false, path + ".notify", Error),
            };
            if (builder.IsEnd && (s.Task is not null || s.Actions is { Count: > 0 }))
            {
                Error(path, $"终止状态 '{s.Id}' 不能有任务或操作");
            }

            for (var a = 0; a < (s.Actions?.Count ?? 0); a++)
            {
                var action = actions.Parse(s.Actions![a], $"{path}.actions[{a}]");
                if (action is not null && !builder.TryAdd(action))
                {
                    Error($"{path}.actions[{a}].id", $"状态 '{s.Id}' 中重复的操作 id '{action.Id}'");
                }
            }

            builder.Task = s.Task is null ? null : TaskPolicyParser.Parse(s.Task, $"{path}.task", builder, file.States!, Error);
            if (s.Task is null && builder.Notify?.Contains(NotifyRule.Assignees) == true)
            {
                Error(path + ".notify", $"状态 '{s.Id}' 没有任务，不能通知 assignees");
            }

            result.Add(builder);
        }

        return result;
    }

    private void AddCommonActions(List<StateBuilder> states, ActionParser actions)
    {
        for (var i = 0; i < (file.CommonActions?.Count ?? 0); i++)
        {
            var path = $"$.commonActions[{i}]";
            var common = file.CommonActions![i];
            var action = actions.Parse(common, path);
            if (common.From is null || common.From.Count == 0)
            {
                Error($"{path}.from", "须列出可执行该操作的状态");
                continue;
            }

            for (var f = 0; f < common.From.Count; f++)
            {
                var state = states.FirstOrDefault(s => s.Id == common.From[f]);
                if (state is null)
                {
                    Error($"{path}.from[{f}]", $"未知状态 '{common.From[f]}'");
                }
                else if (action is not null && !state.TryAdd(action))
                {
                    Error($"{path}.id", $"状态 '{state.Id}' 已有操作 '{action.Id}'");
                }
            }
        }
    }
}
