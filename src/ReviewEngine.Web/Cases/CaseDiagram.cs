using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Web.Cases;

/// <summary>The workflow's Mermaid diagram with the case's current state and the states it passed through highlighted.</summary>
public static class CaseDiagram
{
    public static string For(WorkflowDefinition wf, string current, IReadOnlySet<string> visited)
    {
        var lines = new List<string> { ReviewMachineFactory.Mermaid(wf).TrimEnd() };
        lines.Add("\tclassDef visited fill:#dbeafe,stroke:#1d4ed8");
        lines.Add("\tclassDef current fill:#fde68a,stroke:#b45309,stroke-width:3px");
        foreach (var s in wf.States)
        {
            lines.Add($"\t{s.Id} : {s.Label}");
        }

        foreach (var s in visited.Where(v => v != current && wf.States.Any(x => x.Id == v)))
        {
            lines.Add($"\tclass {s} visited");
        }

        lines.Add($"\tclass {current} current");
        return string.Join("\n", lines);
    }
}
