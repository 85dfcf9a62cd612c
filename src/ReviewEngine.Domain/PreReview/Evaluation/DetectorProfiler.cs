using System.Diagnostics;
using ReviewEngine.Domain.PreReview.Rules;

namespace ReviewEngine.Domain.PreReview.Evaluation;

/// <summary>What one detector costs in the pre-review of a document: microseconds per document, measured in the engine.</summary>
public sealed record DetectorCost(string RuleId, int Detector, string Shows, double Microseconds);

/// <summary>
/// Where a pre-review spends its time, detector by detector, in the engine's own order and context (literal pre-check,
/// sentence readings, document gates). A regex timed alone over the whole text misleads: most run only on the sentences
/// that hold their literals, and the readings and exceptions around them often cost more (docs/benchmarks.md).
/// </summary>
public static class DetectorProfiler
{
    /// <summary>The row for segmentation, facts and the literal scan, which every document pays before any rule.</summary>
    public const string SetUp = "(segmentation, facts, literal scan)";

    public static (IReadOnlyList<DetectorCost> Detectors, double DocumentMicroseconds) Measure(PreReviewEngine engine, PreReviewInput input, int runs)
    {
        var rules = engine.Rules;
        var totals = new Dictionary<(string Rule, int Index), (string Shows, double Microseconds)>();
        var whole = 0.0;
        // Run 0 warms up (JIT, regex construction) and is not counted; each run builds a fresh context so that no
        // cached reading or document match carries over from the previous one.
        for (var run = 0; run <= runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var ctx = PreReviewEngine.Context(input, rules);
            ctx.ScanLiterals();
            var setUp = watch.Elapsed.TotalMicroseconds;
            foreach (var rule in rules.Rules.Where(ctx.AppliesTo))
            {
                for (var i = 0; i < rule.Detectors.Count; i++)
                {
                    var one = rule with { Detectors = [rule.Detectors[i]] };
                    var started = watch.Elapsed.TotalMicroseconds;
                    ctx.Findings.AddRange(RuleEvaluator.Evaluate(one, ctx));
                    if (run > 0)
                    {
                        var spent = watch.Elapsed.TotalMicroseconds - started;
                        totals[(rule.Id, i)] = (Shows(rule.Detectors[i]), totals.GetValueOrDefault((rule.Id, i)).Microseconds + spent);
                    }
                }
            }
            if (run > 0)
            {
                totals[(SetUp, -1)] = (string.Empty, totals.GetValueOrDefault((SetUp, -1)).Microseconds + setUp);
                whole += watch.Elapsed.TotalMicroseconds;
            }
        }
        var costs = totals
            .Select(t => new DetectorCost(t.Key.Rule, t.Key.Index, t.Value.Shows, t.Value.Microseconds / runs))
            .OrderByDescending(c => c.Microseconds)
            .ToList();
        return (costs, whole / runs);
    }

    private static string Shows(Detector d) =>
        d.Authority is { } matter && d.Any == matter.Acts ? $"authority: {matter.Id}"
            : d.Any.Concat(d.All).FirstOrDefault()?.ToString() ?? d.Type.ToString();
}
