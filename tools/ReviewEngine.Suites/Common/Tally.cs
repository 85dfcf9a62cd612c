namespace ReviewEngine.Suites.Common;

/// <summary>Results of a suite: counts by group and outcome, the failures with their reason, and the closing line.</summary>
public sealed class Tally
{
    private readonly List<(string Group, string Name, string Outcome, bool Passed, string Detail)> _results = [];

    public void Add(string group, string name, string outcome, bool passed, string detail = "")
    {
        lock (_results)
        {
            _results.Add((group, name, outcome, passed, detail));
        }
    }

    public void Check(string group, string name, bool passed, string detail) => Add(group, name, passed ? "ok" : "FAILED", passed, detail);

    public int Failed => _results.Count(r => !r.Passed);

    /// <summary>Prints the summary and returns the process exit code (0 only when nothing failed).</summary>
    public int Report(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Outcomes by group:");
        foreach (var group in _results.GroupBy(r => r.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var outcomes = group.GroupBy(r => r.Outcome).OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Count()}");
            output.WriteLine($"  {group.Key,-22} {group.Count(),4} cases   {string.Join(", ", outcomes)}");
        }

        output.WriteLine("Outcomes overall: " + string.Join(", ", _results.GroupBy(r => r.Outcome).OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Count()}")));
        foreach (var failure in _results.Where(r => !r.Passed))
        {
            output.WriteLine($"FAILED [{failure.Group}] {failure.Name}: {failure.Outcome} {failure.Detail}");
        }

        var passed = _results.Count(r => r.Passed);
        output.WriteLine($"{passed} passed, {Failed} failed");
        return Failed == 0 ? 0 : 1;
    }
}
