using ReviewEngine.Domain.Workflows;
using Stateless;
using Stateless.Graph;

namespace ReviewEngine.Domain.Reviews;

/// <summary>
/// Builds the Stateless machine of a workflow definition around externally stored state (the case's State column).
/// One machine per case instance and call: Stateless machines are not thread-safe and hold no parallel states.
/// </summary>
public static class ReviewMachineFactory
{
    public sealed record Machine(StateMachine<string, string> StateMachine, IReadOnlyDictionary<string, StateMachine<string, string>.TriggerWithParameters<ActionRequest>> Triggers);

    public static Machine Build(WorkflowDefinition wf, Func<string> getState, Action<string> setState, Func<ActionDefinition, ActionRequest, bool> guard)
    {
        var sm = new StateMachine<string, string>(getState, setState, FiringMode.Queued);
        var triggers = new Dictionary<string, StateMachine<string, string>.TriggerWithParameters<ActionRequest>>();
        StateMachine<string, string>.TriggerWithParameters<ActionRequest> Trigger(string name) =>
            triggers.TryGetValue(name, out var t) ? t : triggers[name] = sm.SetTriggerParameters<ActionRequest>(name);

        foreach (var state in wf.States)
        {
            var cfg = sm.Configure(state.Id);
            foreach (var action in state.Actions)
            {
                var description = action.Guards.Count == 0 ? "" : string.Join("，", action.Guards.Select(g => g.Describe()));
                if (action.IsInternal)
                {
                    cfg.InternalTransitionIf(Trigger(action.Id), r => guard(action, r), (_, _) => { }, description);
                    continue;
                }

                foreach (var target in action.Targets)
                {
                    var trigger = Trigger(action.TriggerFor(target));
                    if (target == state.Id)
                    {
                        cfg.PermitReentryIf(trigger, r => guard(action, r), description);
                    }
                    else
                    {
                        cfg.PermitIf(trigger, target, r => guard(action, r), description);
                    }
                }
            }
        }

        return new Machine(sm, triggers);
    }

    /// <summary>The Mermaid diagram of a definition (docs/workflows/&lt;id&gt;.md), drawn from a machine at the initial state.</summary>
    public static string Mermaid(WorkflowDefinition wf)
    {
        var state = wf.InitialState;
        var machine = Build(wf, () => state, s => state = s, (_, _) => true);
        return MermaidGraph.Format(machine.StateMachine.GetInfo());
    }
}
