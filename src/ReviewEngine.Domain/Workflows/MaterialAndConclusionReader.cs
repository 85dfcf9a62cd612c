using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Domain.Workflows;

/// <summary>
/// The materials a workflow asks for (with their <c>requiredWhen</c> hard stops) and the conclusions it allows (with their
/// <c>conclusionsWhen</c> conditions): the case conditions both share, checked with file and JSON-path errors.
/// </summary>
internal sealed class MaterialAndConclusionReader(WorkflowFile file, Action<string, string> error)
{
    private void Error(string path, string message) => error(path, message);

    public List<MaterialRequirement> ReadMaterials()
    {
        var result = new List<MaterialRequirement>();
        var seen = new HashSet<string>();
        for (var i = 0; i < (file.Materials?.Count ?? 0); i++)
        {
            var m = file.Materials![i];
            if (string.IsNullOrWhiteSpace(m.Id) || string.IsNullOrWhiteSpace(m.Label))
            {
                Error($"$.materials[{i}]", "材料须有 id 和 label");
            }
            else if (!seen.Add(m.Id))
            {
                Error($"$.materials[{i}].id", $"重复的 id '{m.Id}'");
            }
            else
            {
                result.Add(new MaterialRequirement(m.Id, m.Label, m.Required ?? false, m.ReviewedText ?? false, Condition(m.RequiredWhen, $"$.materials[{i}].requiredWhen")));
            }
        }

        return result;
    }

    private CaseCondition? Condition(CaseConditionFile? when, string path)
    {
        if (when is null)
        {
            return null;
        }

        var ok = true;
        if (when.Metadata is null || !CaseCondition.Keys.Contains(when.Metadata))
        {
            Error(path + ".metadata", $"未知的案件信息 '{when.Metadata}'（可用：{string.Join(", ", CaseCondition.Keys)}）");
            ok = false;
        }

        if (when.In is not { Count: > 0 } values || values.Any(string.IsNullOrWhiteSpace))
        {
            Error(path + ".in", "须列出至少一个取值");
            ok = false;
        }

        if (string.IsNullOrWhiteSpace(when.Basis))
        {
            Error(path + ".basis", "须写明要求该材料的依据（提示给送审人）");
            ok = false;
        }

        return ok ? new CaseCondition(when.Metadata!, when.In!, when.Basis!) : null;
    }

    public Dictionary<string, CaseCondition> ReadConclusionConditions(List<string> conclusions)
    {
        var result = new Dictionary<string, CaseCondition>();
        var list = file.ConclusionsWhen ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"$.conclusionsWhen[{i}]";
            if (list[i].Conclusion is not { } conclusion || !conclusions.Contains(conclusion))
            {
                Error(path + ".conclusion", $"'{list[i].Conclusion}' 不是本工作流的审查结论");
            }
            else if (Condition(list[i], path) is { } condition && !result.TryAdd(conclusion, condition))
            {
                Error(path + ".conclusion", $"结论「{conclusion}」的条件重复");
            }
        }

        return result;
    }

    public List<string> ReadConclusions()
    {
        var list = file.Conclusions ?? [];
        if (list.Count == 0)
        {
            Error("$.conclusions", "须列出审查结论");
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (!Conclusions.All.Contains(list[i]))
            {
                Error($"$.conclusions[{i}]", $"未知审查结论 '{list[i]}'（可用：{string.Join("、", Conclusions.All)}）");
            }
        }

        return list;
    }
}
