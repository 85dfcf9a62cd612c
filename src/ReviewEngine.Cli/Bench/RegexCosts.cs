using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ReviewEngine.Domain.PreReview.Rules;

namespace ReviewEngine.Cli.Bench;

/// <summary>
/// `review bench precheck --top N`: the rule-file regexes that cost most on the bench document, each run alone over the
/// whole text (interpreted, as the CLI runs them). A pattern that opens with a character class or a long lookbehind is
/// tried at every position of every sentence; this names it, so the rule's author can anchor it.
/// </summary>
internal static class RegexCosts
{
    public static void Print(TextWriter output, RuleSet rules, string text, int top)
    {
        var patterns = rules.Rules
            .SelectMany(r => r.Detectors.SelectMany(d => d.Any.Concat(d.All).Concat(d.Unless).Concat(d.UnlessClause).Concat(d.RequireDoc).Concat(d.ForbidDoc))
                .Select(p => (Owner: r.Id, Pattern: p)))
            .Concat(rules.Authority.Matters.Values.SelectMany(m => m.Acts.Concat(m.Unless).Select(p => (Owner: "authority:" + m.Id, Pattern: p))))
            .DistinctBy(p => (p.Owner, p.Pattern.ToString()))
            .ToList();
        const int runs = 50;
        var costs = patterns.Select(p =>
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < runs; i++)
            {
                p.Pattern.Matches(text).Count.ToString(CultureInfo.InvariantCulture);
            }
            return (p.Owner, p.Pattern, Microseconds: watch.Elapsed.TotalMicroseconds / runs);
        }).OrderByDescending(c => c.Microseconds).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"costliest of {costs.Count} regexes on the bench document (µs per pass over the whole text; all together {costs.Sum(c => c.Microseconds):F0} µs):"));
        foreach (var (owner, pattern, microseconds) in costs.Take(top))
        {
            var shown = pattern.ToString();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {microseconds,8:F1}  {owner,-26} {(shown.Length > 110 ? shown[..110] + "…" : shown)}"));
        }
    }
}
