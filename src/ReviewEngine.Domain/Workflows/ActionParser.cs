using ReviewEngine.Domain.Organisations;

namespace ReviewEngine.Domain.Workflows;

/// <summary>Reads one action entry: targets, roles, guards, clock effect and flags, all from the closed vocabulary.</summary>
internal sealed class ActionParser(
    HashSet<string> stateIds,
    HashSet<string> flags,
    HashSet<string> conclusions,
    ReviewClockPolicy? clock,
    int? schemaVersion,
    WorkflowTagReader tags,
    Action<string, string> error)
{
    private static readonly Dictionary<string, ClockEffect> ClockWords = new()
    {
        ["start"] = ClockEffect.Start,
        ["pause"] = ClockEffect.Pause,
        ["resume"] = ClockEffect.Resume,
        ["extend"] = ClockEffect.Extend,
        ["stop"] = ClockEffect.Stop,
    };

    public ActionDefinition? Parse(ActionFile a, string path)
    {
        if (string.IsNullOrWhiteSpace(a.Id))
        {
            error(path + ".id", "操作缺少 id");
            return null;
        }

        var targets = ReadTargets(a, path);
        var roles = ReadRoles(a, path);
        var guards = ReadGuards(a, path);
        var effect = ReadClock(a, path);
        var setFlags = ReadFlags(a.SetFlags, path + ".setFlags");
        var clearFlags = ReadFlags(a.ClearFlags, path + ".clearFlags");
        var records = ReadRecords(a, path);
        return new ActionDefinition(a.Id, a.Label ?? a.Id, targets, roles, guards, effect, setFlags, clearFlags, a.NewRound ?? false, records)
        {
            Tags = tags.ForAction(a.Id, a.Tags, path + ".tags"),
            Notify = NotifyParser.Parse(a.Notify, schemaVersion, onAction: true, path + ".notify", error),
        };
    }

    private ActionRecord ReadRecords(ActionFile a, string path)
    {
        ActionRecord? records = a.Records switch
        {
            null => ActionRecord.None,
            "opinion" => ActionRecord.Opinion,
            "opinionApproval" => ActionRecord.OpinionApproval,
            "adoption" => ActionRecord.Adoption,
            "signing" => ActionRecord.Signing,
            "deliberation" => ActionRecord.Deliberation,
            "publication" => ActionRecord.Publication,
            "filing" => ActionRecord.Filing,
            _ => null,
        };
        if (records is null)
        {
            error(path + ".records", $"未知记录类型 '{a.Records}'（可用：opinion, opinionApproval, adoption, signing, deliberation, publication, filing）");
        }
        else if (records == ActionRecord.Opinion && !(a.Guards ?? []).Any(g => g.Guard == "requiresConclusion"))
        {
            error(path + ".guards", "记录审查意见的操作须有 requiresConclusion 守卫");
        }
        else if (records == ActionRecord.Signing)
        {
            CheckSigning(a, path);
        }

        return records ?? ActionRecord.None;
    }

    /// <summary>
    /// 签订 is a hard stop as data: it needs the signed text (requiresDocument) and a conclusionIn guard that admits
    /// signing conclusions only — 不同意签订 / 不合法 can never lead to a signature (未经合法性审查或审查不合法的不得签订).
    /// </summary>
    private void CheckSigning(ActionFile a, string path)
    {
        var guards = a.Guards ?? [];
        if (!guards.Any(g => g.Guard == "requiresDocument"))
        {
            error(path + ".guards", "签订操作须有 requiresDocument 守卫（上传签订文本）");
        }

        var allowed = guards.Where(g => g.Guard == "conclusionIn").ToList();
        if (allowed.Count == 0)
        {
            error(path + ".guards", "签订操作须有 conclusionIn 守卫，列出允许签订的审查结论");
        }

        foreach (var g in allowed)
        {
            var values = g.Params is not null && g.Params.TryGetValue("values", out var v) && v.ValueKind == System.Text.Json.JsonValueKind.Array
                ? v.EnumerateArray().Select(x => x.ToString()).ToList()
                : [];
            foreach (var refused in values.Where(Reviews.Conclusions.IsRefusal))
            {
                error(path + ".guards", $"结论「{refused}」不得签订，签订操作的 conclusionIn 不能包含它");
            }
        }
    }

    private List<string> ReadTargets(ActionFile a, string path)
    {
        if (a.To is not null && a.ToOneOf is not null)
        {
            error(path, "to 与 toOneOf 只能选一个");
        }

        var targets = a.To is not null ? [a.To] : a.ToOneOf ?? [];
        var targetPath = a.To is not null ? path + ".to" : path + ".toOneOf";
        for (var i = 0; i < targets.Count; i++)
        {
            if (!stateIds.Contains(targets[i]))
            {
                error(a.To is not null ? targetPath : $"{targetPath}[{i}]", $"未知状态 '{targets[i]}'");
            }
        }

        return targets;
    }

    private List<string> ReadRoles(ActionFile a, string path)
    {
        var roles = a.Roles ?? [];
        if (roles.Count == 0)
        {
            error(path + ".roles", $"操作 '{a.Id}' 须列出可执行的角色");
        }

        for (var i = 0; i < roles.Count; i++)
        {
            if (!Roles.IsKnown(roles[i]) && roles[i] != Roles.System)
            {
                error($"{path}.roles[{i}]", $"未知角色 '{roles[i]}'（可用：{string.Join(", ", Roles.All)}, system）");
            }
        }

        return roles;
    }

    private List<GuardDefinition> ReadGuards(ActionFile a, string path)
    {
        var result = new List<GuardDefinition>();
        for (var i = 0; i < (a.Guards?.Count ?? 0); i++)
        {
            var guardPath = $"{path}.guards[{i}]";
            var guard = GuardParser.Parse(a.Guards![i], guardPath, error);
            if (guard is null)
            {
                continue;
            }

            CheckReferences(guard, guardPath);
            result.Add(guard);
        }

        return result;
    }

    private void CheckReferences(GuardDefinition guard, string path)
    {
        foreach (var flag in new[] { guard.Flag, guard.IfFlag }.OfType<string>().Where(f => !flags.Contains(f)))
        {
            error(path + ".params", $"未声明的标记 '{flag}'（在 $.flags 中声明）");
        }

        if (guard.State is not null && !stateIds.Contains(guard.State))
        {
            error(path + ".params.state", $"未知状态 '{guard.State}'");
        }

        foreach (var value in (guard.Values ?? []).Where(v => !conclusions.Contains(v)))
        {
            error(path + ".params.values", $"结论 '{value}' 不在本工作流的 $.conclusions 中");
        }
    }

    private ClockEffect ReadClock(ActionFile a, string path)
    {
        if (a.Clock is null)
        {
            return ClockEffect.None;
        }

        if (!ClockWords.TryGetValue(a.Clock, out var effect))
        {
            error(path + ".clock", $"未知计时效果 '{a.Clock}'（可用：{string.Join(", ", ClockWords.Keys)}）");
            return ClockEffect.None;
        }

        if (effect == ClockEffect.Extend && clock is { ExtensionWorkingDays: 0 })
        {
            error(path + ".clock", "延期操作需要 $.reviewClock.extensionWorkingDays");
        }

        return effect;
    }

    private List<string> ReadFlags(List<string>? list, string path)
    {
        var result = list ?? [];
        for (var i = 0; i < result.Count; i++)
        {
            if (!flags.Contains(result[i]))
            {
                error($"{path}[{i}]", $"未声明的标记 '{result[i]}'（在 $.flags 中声明）");
            }
        }

        return result;
    }
}
