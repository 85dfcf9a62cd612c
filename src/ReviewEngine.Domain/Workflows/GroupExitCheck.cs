using ReviewEngine.Domain.Organisations;

namespace ReviewEngine.Domain.Workflows;

/// <summary>
/// A group state (专家论证) may be left early, before every member has answered, only with the review lead's approval
/// and a reason (《重大行政决策程序暂行条例》第十九、二十条: differing views are to be heard). Every action that leaves it
/// for a working state, other than the engine's own completion, must therefore be the review lead's alone and ask for a
/// comment. Leaving for a final state (撤回) ends the whole case and is not a closing of the panel.
/// </summary>
internal static class GroupExitCheck
{
    public static void Run(IReadOnlyList<StateBuilder> states, Action<string, string> error)
    {
        var endStates = states.Where(s => s.IsEnd).Select(s => s.Id).ToHashSet();
        foreach (var state in states.Where(s => s.Task?.Completion is not null))
        {
            var onComplete = state.Task!.Completion!.OnCompleteActionId;
            foreach (var action in state.Actions.Where(a => !a.IsInternal && a.Id != onComplete && !a.Targets.All(endStates.Contains)))
            {
                var leadOnly = action.Roles.Count > 0 && action.Roles.All(r => r == Roles.ReviewLead);
                if (!leadOnly || !action.HasGuard(GuardKind.RequiresComment))
                {
                    error($"{state.Path}.actions",
                        $"操作 '{action.Id}' 在未收齐意见时结束「{state.Label}」，须仅由审查负责人（reviewLead）执行并说明理由（requiresComment）");
                }
            }
        }
    }
}
