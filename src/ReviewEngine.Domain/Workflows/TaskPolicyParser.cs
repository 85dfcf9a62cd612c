using ReviewEngine.Domain.Organisations;

namespace ReviewEngine.Domain.Workflows;

/// <summary>Reads a state's task: who receives it, how it is assigned, its deadline and (for groups) its completion rule.</summary>
internal static class TaskPolicyParser
{
    public static TaskPolicy? Parse(TaskFile t, string path, StateBuilder state, List<StateFile> allStates, Action<string, string> error)
    {
        var ok = true;
        if (string.IsNullOrWhiteSpace(t.Role))
        {
            error(path + ".role", "任务缺少角色");
            ok = false;
        }
        else if (!Roles.IsKnown(t.Role))
        {
            error(path + ".role", $"未知角色 '{t.Role}'（可用：{string.Join(", ", Roles.All)}）");
            ok = false;
        }

        var scope = t.Org switch
        {
            null or "case" => TaskScope.Case,
            "district" => TaskScope.District,
            _ => Fail(error, path + ".org", $"未知组织范围 '{t.Org}'（可用：case, district）", ref ok, TaskScope.Case),
        };
        var assignment = t.Assign switch
        {
            null or "pool" => TaskAssignment.Pool,
            "drafter" => TaskAssignment.Drafter,
            "previousHolder" => TaskAssignment.PreviousHolder,
            "chosen" => TaskAssignment.Chosen,
            _ => Fail(error, path + ".assign", $"未知分派方式 '{t.Assign}'（可用：pool, drafter, previousHolder, chosen）", ref ok, TaskAssignment.Pool),
        };

        if (assignment == TaskAssignment.PreviousHolder && !allStates.Any(s => s.Id == t.OfState && s.Task is not null))
        {
            error(path + ".ofState", $"previousHolder 须指向一个有任务的状态（'{t.OfState}'）");
            ok = false;
        }

        if (t.Deadline is not null && t.Deadline.WorkingDays is null)
        {
            error(path + ".deadline.workingDays", "期限缺少工作日数");
            ok = false;
        }
        else if (t.Deadline?.WorkingDays is < 1)
        {
            error(path + ".deadline.workingDays", "期限须为正数个工作日");
            ok = false;
        }

        var completion = ParseCompletion(t, path, state, error, ref ok);
        var kind = t.Kind ?? "single";
        if (kind is not ("single" or "group"))
        {
            error(path + ".kind", $"未知任务类型 '{kind}'（可用：single, group）");
            ok = false;
        }
        else if ((kind == "group") != (completion is not null))
        {
            error(path + ".completion", kind == "group" ? "会签/组任务须有 completion 规则" : "单人任务不能有 completion 规则");
            ok = false;
        }

        for (var i = 0; i < (t.ExcludeListed?.Count ?? 0); i++)
        {
            if (!CasePeople.Keys.Contains(t.ExcludeListed![i]))
            {
                error($"{path}.excludeListed[{i}]", $"未知的人员名单 '{t.ExcludeListed[i]}'（可用：{string.Join(", ", CasePeople.Keys)}）");
                ok = false;
            }
        }

        for (var i = 0; i < (t.RequireQualification?.Count ?? 0); i++)
        {
            if (!Organisations.Qualifications.IsKnown(t.RequireQualification![i]))
            {
                error($"{path}.requireQualification[{i}]", $"未知资格 '{t.RequireQualification[i]}'（可用：{string.Join(", ", Organisations.Qualifications.All)}）");
                ok = false;
            }
        }

        return ok
            ? new TaskPolicy(t.Role!, scope, assignment, t.OfState, t.ExcludeDrafter ?? false, t.Deadline?.WorkingDays, completion)
            {
                ExcludeListed = [.. (t.ExcludeListed ?? []).Distinct()],
                RequireQualification = [.. (t.RequireQualification ?? []).Distinct()],
            }
            : null;
    }

    private static CompletionRule? ParseCompletion(TaskFile t, string path, StateBuilder state, Action<string, string> error, ref bool ok)
    {
        var c = t.Completion;
        if (c is null)
        {
            return null;
        }

        CompletionRuleKind? kind = c.Rule switch
        {
            "all" => CompletionRuleKind.All,
            "any" => CompletionRuleKind.Any,
            "majority" => CompletionRuleKind.Majority,
            "quorum" => CompletionRuleKind.Quorum,
            _ => null,
        };
        if (kind is null)
        {
            error(path + ".completion.rule", $"未知完成规则 '{c.Rule}'（可用：all, any, majority, quorum）");
            ok = false;
        }

        if (kind == CompletionRuleKind.Quorum && c.Quorum is null or < 1)
        {
            error(path + ".completion.quorum", "quorum 规则须给出正整数人数");
            ok = false;
        }

        if (c.OnComplete is null || state.Actions.All(a => a.Id != c.OnComplete))
        {
            error(path + ".completion.onComplete", $"onComplete 须为本状态的操作（'{c.OnComplete}'）");
            ok = false;
        }

        return ok ? new CompletionRule(kind!.Value, c.Quorum ?? 0, c.OnComplete!) : null;
    }

    private static T Fail<T>(Action<string, string> error, string path, string message, ref bool ok, T fallback)
    {
        error(path, message);
        ok = false;
        return fallback;
    }
}
