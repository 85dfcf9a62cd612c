using System.Globalization;
using ReviewEngine.Domain.PreReview;
using ReviewEngine.Domain.PreReview.Evaluation;

namespace ReviewEngine.Cli.Bench;

/// <summary>
/// `review bench precheck --top N`: the detectors that cost most in the pre-review of the bench document, measured in
/// the engine (interpreted regexes, as the CLI runs them), so that a rule's author pays for a new pattern where it is
/// actually spent.
/// </summary>
internal static class DetectorCosts
{
    public static void Print(TextWriter output, PreReviewEngine engine, PreReviewInput input, int top)
    {
        const int runs = 200;
        var (costs, document) = DetectorProfiler.Measure(engine, input, runs);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"costliest of {costs.Count} detectors in the pre-review of the bench document (µs per document, {runs} runs; the whole pre-review {document:F0} µs):"));
        foreach (var cost in costs.Take(top))
        {
            var shown = cost.Shows.Length > 90 ? cost.Shows[..90] + "…" : cost.Shows;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {cost.Microseconds,8:F1}  {(cost.Detector < 0 ? cost.RuleId : cost.RuleId + "#" + cost.Detector),-14} {shown}"));
        }
    }
}
