using System.Text;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Web.Cases;

/// <summary>
/// The case page's flowchart, drawn from the pinned definition: Chinese state and action labels, the current state and
/// the states passed through highlighted. Withdrawal edges (actions tagged withdrawal) (from almost every state) are left out to keep it readable;
/// the full machine with guards is in docs/workflows/&lt;id&gt;.md. Nodes are keyed s0, s1 … rather than by state id: the
/// source is what a reader without script sees, and it must not show ids (issue 17).
/// </summary>
public static class CaseDiagram
{
    public static string For(WorkflowDefinition wf, string current, IReadOnlySet<string> visited)
    {
        var key = wf.States.Select((s, i) => (s.Id, Key: "s" + i)).ToDictionary(x => x.Id, x => x.Key);
        var sb = new StringBuilder("flowchart TD\n");
        foreach (var s in wf.States)
        {
            sb.Append($"  {key[s.Id]}{(s.IsEnd ? "([" : "[")}\"{Escape(s.Label)}\"{(s.IsEnd ? "])" : "]")}\n");
        }

        var drawn = new HashSet<(string, string)>();
        foreach (var s in wf.States)
        {
            foreach (var a in s.Actions.Where(a => !a.Tags.Contains(ActionTag.Withdrawal)))
            {
                foreach (var target in a.Targets.Where(t => t != s.Id && drawn.Add((s.Id, t))))
                {
                    sb.Append($"  {key[s.Id]} -->|\"{Escape(a.Label)}\"| {key[target]}\n");
                }
            }
        }

        sb.Append("  classDef visited fill:#dbeafe,stroke:#1d4ed8\n");
        sb.Append("  classDef current fill:#fde68a,stroke:#b45309,stroke-width:3px\n");
        var passed = visited.Where(v => v != current && key.ContainsKey(v)).Select(v => key[v]).ToList();
        if (passed.Count > 0)
        {
            sb.Append($"  class {string.Join(",", passed)} visited\n");
        }

        if (key.TryGetValue(current, out var now))
        {
            sb.Append($"  class {now} current\n");
        }
        return sb.ToString();
    }

    private static string Escape(string text) => text.Replace("\"", "'");
}
