using System.Text;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Web.Cases;

/// <summary>
/// The case page's flowchart, drawn from the pinned definition: Chinese state and action labels, the current state and
/// the states passed through highlighted. Withdrawal edges (actions tagged withdrawal) (from almost every state) are left out to keep it readable;
/// the full machine with guards is in docs/workflows/&lt;id&gt;.md.
/// </summary>
public static class CaseDiagram
{
    public static string For(WorkflowDefinition wf, string current, IReadOnlySet<string> visited)
    {
        var sb = new StringBuilder("flowchart TD\n");
        foreach (var s in wf.States)
        {
            sb.Append($"  {s.Id}{(s.IsEnd ? "([" : "[")}\"{Escape(s.Label)}\"{(s.IsEnd ? "])" : "]")}\n");
        }

        var drawn = new HashSet<(string, string)>();
        foreach (var s in wf.States)
        {
            foreach (var a in s.Actions.Where(a => !a.Tags.Contains(ActionTag.Withdrawal)))
            {
                foreach (var target in a.Targets.Where(t => t != s.Id && drawn.Add((s.Id, t))))
                {
                    sb.Append($"  {s.Id} -->|\"{Escape(a.Label)}\"| {target}\n");
                }
            }
        }

        sb.Append("  classDef visited fill:#dbeafe,stroke:#1d4ed8\n");
        sb.Append("  classDef current fill:#fde68a,stroke:#b45309,stroke-width:3px\n");
        var passed = visited.Where(v => v != current && wf.States.Any(x => x.Id == v)).ToList();
        if (passed.Count > 0)
        {
            sb.Append($"  class {string.Join(",", passed)} visited\n");
        }

        sb.Append($"  class {current} current\n");
        return sb.ToString();
    }

    private static string Escape(string text) => text.Replace("\"", "'");
}
