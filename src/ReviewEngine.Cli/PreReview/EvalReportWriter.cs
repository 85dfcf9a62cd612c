using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReviewEngine.Domain.PreReview;
using ReviewEngine.Domain.PreReview.Quality;

namespace ReviewEngine.Cli.PreReview;

/// <summary>Prints a corpus score for people (tables) or tools (JSON).</summary>
internal static class EvalReportWriter
{
    public static void WriteText(CorpusScore score, IEnumerable<string> files, TextWriter output)
    {
        output.WriteLine($"cases: {score.Outcomes.Count} from {string.Join(", ", files.Select(Path.GetFileName))}");
        output.WriteLine($"recall (must_flag raised): {score.Found}/{score.Expected} = {Pct(score.Recall)}");
        output.WriteLine($"precision (MINOR and above): {score.Raised - score.FalseFlags}/{score.Raised} = {Pct(score.Precision)}");
        output.WriteLine($"conclusions right: {score.ConclusionsRight}/{score.Outcomes.Count} = {Pct(score.ConclusionAccuracy)}");
        output.WriteLine();
        output.WriteLine($"{"rule",-11} {"expected",8} {"found",6} {"recall",7} {"raised",7} {"false",6} {"precision",9}");
        foreach (var r in score.Rules)
        {
            output.WriteLine($"{r.RuleId,-11} {r.Expected,8} {r.Found,6} {Pct(r.Recall),7} {r.Raised,7} {r.FalseFlags,6} {Pct(r.Precision),9}");
        }
        output.WriteLine();
        output.WriteLine("conclusions (expected → actual: count)");
        foreach (var ((expected, actual), count) in score.Confusion.OrderBy(c => c.Key.Expected, StringComparer.Ordinal).ThenBy(c => c.Key.Actual, StringComparer.Ordinal))
        {
            output.WriteLine($"  {expected} → {actual}: {count}{(expected == actual ? string.Empty : "  ✗")}");
        }
        var wrong = score.Outcomes.Where(o => o.Missed.Count > 0 || o.FalseFlags.Count > 0 || !o.ConclusionRight).ToList();
        output.WriteLine();
        output.WriteLine(wrong.Count == 0 ? "no misses, no false flags, every conclusion right" : $"cases with a miss, a false flag or a wrong conclusion: {wrong.Count}");
        foreach (var o in wrong)
        {
            output.WriteLine($"- {o.Case.Id} ({PreReviewKinds.ToWireName(o.Case.Input.Kind)}) conclusion {o.Conclusion}" + (o.ConclusionRight ? string.Empty : $" (expected {o.Case.ExpectedConclusion})"));
            foreach (var id in o.Missed)
            {
                output.WriteLine($"    missed {id}");
            }
            foreach (var f in o.FalseFlags)
            {
                output.WriteLine($"    false  {f.RuleId} {PreReviewConclusions.SeverityName(f.Severity)} @{f.Clause}: {f.Excerpt}");
            }
        }
    }

    public static void WriteJson(CorpusScore score, IEnumerable<string> files, TextWriter output)
    {
        var model = new
        {
            files = files.Select(Path.GetFileName),
            cases = score.Outcomes.Count,
            recall = Math.Round(score.Recall, 4),
            precision = Math.Round(score.Precision, 4),
            conclusionAccuracy = Math.Round(score.ConclusionAccuracy, 4),
            rules = score.Rules.Select(r => new { ruleId = r.RuleId, r.Expected, r.Found, recall = Math.Round(r.Recall, 4), r.Raised, falseFlags = r.FalseFlags, precision = Math.Round(r.Precision, 4) }),
            confusion = score.Confusion.Select(c => new { expected = c.Key.Expected, actual = c.Key.Actual, count = c.Value }),
            errors = score.Outcomes.Where(o => o.Missed.Count > 0 || o.FalseFlags.Count > 0 || !o.ConclusionRight).Select(o => new
            {
                id = o.Case.Id,
                conclusion = o.Conclusion,
                expectedConclusion = o.Case.ExpectedConclusion,
                missed = o.Missed,
                falseFlags = o.FalseFlags.Select(f => new { ruleId = f.RuleId, severity = PreReviewConclusions.SeverityName(f.Severity), clause = f.Clause, excerpt = f.Excerpt }),
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(model, new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
    }

    private static string Pct(double value) => value.ToString("P1", CultureInfo.InvariantCulture);
}
