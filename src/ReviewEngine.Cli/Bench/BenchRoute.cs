using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Cli.Bench;

/// <summary>
/// The round trip the benchmarks repeat (review → lawyer → review) and the acceptance before it, found in the
/// workflow by tag: the benches name meanings, never state or action ids.
/// </summary>
internal sealed record BenchRoute(string Initial, string Accept, string ReviewState, string ToLawyer, string LawyerState, string Back)
{
    public static BenchRoute From(WorkflowDefinition wf)
    {
        var toLawyer = Tagged(wf, ActionTag.LawyerOpinionRequested);
        var review = wf.States.First(s => s.Actions.Contains(toLawyer));
        return new BenchRoute(wf.InitialState, Tagged(wf, ActionTag.Accept).Id, review.Id, toLawyer.Id, toLawyer.Targets[0], Tagged(wf, ActionTag.LawyerOpinion).Id);
    }

    private static ActionDefinition Tagged(WorkflowDefinition wf, ActionTag tag) =>
        wf.ActionTagged(tag) ?? throw new InvalidOperationException($"工作流 {wf.Key} 没有标签为 {WorkflowTags.Word(tag)} 的操作");
}
