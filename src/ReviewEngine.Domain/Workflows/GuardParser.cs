using System.Text.Json;

namespace ReviewEngine.Domain.Workflows;

/// <summary>Reads one guard entry: its name must be in the vocabulary and its parameters of the right types.</summary>
internal static class GuardParser
{
    private static readonly Dictionary<string, (GuardKind Kind, string[] Required, string[] Optional)> Vocabulary = new()
    {
        ["requiresComment"] = (GuardKind.RequiresComment, [], []),
        ["requiresDocument"] = (GuardKind.RequiresDocument, [], []),
        ["requiresConclusion"] = (GuardKind.RequiresConclusion, [], []),
        ["requiresAssignees"] = (GuardKind.RequiresAssignees, ["min"], []),
        ["materialsComplete"] = (GuardKind.MaterialsComplete, [], []),
        ["conclusionIn"] = (GuardKind.ConclusionIn, ["values"], []),
        ["flagSet"] = (GuardKind.FlagSet, ["flag"], []),
        ["flagNotSet"] = (GuardKind.FlagNotSet, ["flag"], []),
        ["visitedInRound"] = (GuardKind.VisitedInRound, ["state"], ["ifFlag"]),
        ["maxTimes"] = (GuardKind.MaxTimes, ["count"], []),
        ["amountAtLeast"] = (GuardKind.AmountAtLeast, ["amount"], []),
        ["amountBelow"] = (GuardKind.AmountBelow, ["amount"], []),
        ["adoptionComplete"] = (GuardKind.AdoptionComplete, [], []),
    };

    public static IReadOnlyCollection<string> Names => Vocabulary.Keys;

    public static GuardDefinition? Parse(GuardFile guard, string path, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(guard.Guard))
        {
            error(path + ".guard", "缺少守卫名称");
            return null;
        }

        if (!Vocabulary.TryGetValue(guard.Guard, out var spec))
        {
            error(path + ".guard", $"未知守卫 '{guard.Guard}'（可用：{string.Join(", ", Vocabulary.Keys)}）");
            return null;
        }

        var parameters = guard.Params ?? [];
        foreach (var name in parameters.Keys.Where(k => !spec.Required.Contains(k) && !spec.Optional.Contains(k)))
        {
            error($"{path}.params.{name}", $"守卫 '{guard.Guard}' 没有参数 '{name}'");
        }

        foreach (var name in spec.Required.Where(r => !parameters.ContainsKey(r)))
        {
            error($"{path}.params.{name}", $"守卫 '{guard.Guard}' 缺少参数 '{name}'");
        }

        return new GuardDefinition(
            spec.Kind,
            Flag: Text(parameters, "flag", path, error),
            State: Text(parameters, "state", path, error),
            IfFlag: Text(parameters, "ifFlag", path, error),
            Count: Integer(parameters, spec.Kind == GuardKind.RequiresAssignees ? "min" : "count", path, error),
            Amount: Number(parameters, "amount", path, error),
            Values: TextList(parameters, "values", path, error));
    }

    private static string? Text(Dictionary<string, JsonElement> p, string name, string path, Action<string, string> error)
    {
        if (!p.TryGetValue(name, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
        {
            return v.GetString();
        }

        error($"{path}.params.{name}", "须为非空字符串");
        return null;
    }

    private static int Integer(Dictionary<string, JsonElement> p, string name, string path, Action<string, string> error)
    {
        if (!p.TryGetValue(name, out var v))
        {
            return 0;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n >= 1)
        {
            return n;
        }

        error($"{path}.params.{name}", "须为正整数");
        return 0;
    }

    private static decimal Number(Dictionary<string, JsonElement> p, string name, string path, Action<string, string> error)
    {
        if (!p.TryGetValue(name, out var v))
        {
            return 0;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d) && d >= 0)
        {
            return d;
        }

        error($"{path}.params.{name}", "须为非负数");
        return 0;
    }

    private static IReadOnlyList<string>? TextList(Dictionary<string, JsonElement> p, string name, string path, Action<string, string> error)
    {
        if (!p.TryGetValue(name, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0 && v.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
        {
            return v.EnumerateArray().Select(e => e.GetString()!).ToArray();
        }

        error($"{path}.params.{name}", "须为非空字符串数组");
        return null;
    }
}
