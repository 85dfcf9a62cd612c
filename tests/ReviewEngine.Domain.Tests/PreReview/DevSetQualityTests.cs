using System.Text.Json;
using ReviewEngine.Domain.PreReview;
using Xunit.Abstractions;

namespace ReviewEngine.Domain.Tests.PreReview;

/// <summary>
/// Runs every case of ../shared/precheck-dev.jsonl and checks the issue-7 quality goals: recall of must_flag
/// ≥ 0.95, no must_not_flag hit at MINOR or above (ADVICE is tolerated), no clause-level no_flag trap hit,
/// conclusion accuracy ≥ 90 %.
/// </summary>
public sealed class DevSetQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void DevSetMeetsRecallFalseFlagAndConclusionGoals()
    {
        var cases = File.ReadLines(RepoPaths.DevSet).Where(l => l.Trim().Length > 0).Select(DevCase.Parse).ToList();
        int mustTotal = 0, mustHit = 0, shouldTotal = 0, shouldHit = 0, falseFlags = 0, trapHits = 0, conclusionsRight = 0;
        foreach (var devCase in cases)
        {
            var report = RuleFixture.Engine.Analyze(devCase.Input);
            var raised = report.Findings.Select(f => f.RuleId).ToHashSet();
            var serious = report.Findings.Where(f => f.Severity >= FindingSeverity.Minor).ToList();
            var missed = devCase.MustFlag.Where(id => !raised.Contains(id)).ToList();
            var wrong = serious.Where(f => devCase.MustNotFlag.Any(p => Matches(p, f.RuleId))).Select(f => $"{f.RuleId}@{f.Clause}").ToList();
            var traps = serious.Where(f => devCase.NoFlagTraps.Contains((f.RuleId, f.Clause)) || devCase.NoFlagTraps.Contains((f.RuleId, "全文"))).Select(f => $"{f.RuleId}@{f.Clause}").ToList();
            var conclusionOk = report.ConclusionLabel == devCase.ExpectedConclusion;
            mustTotal += devCase.MustFlag.Count;
            shouldTotal += devCase.ShouldFlag.Count;
            shouldHit += devCase.ShouldFlag.Count(raised.Contains);
            mustHit += devCase.MustFlag.Count - missed.Count;
            falseFlags += wrong.Count;
            trapHits += traps.Count;
            conclusionsRight += conclusionOk ? 1 : 0;
            if (missed.Count + wrong.Count + traps.Count > 0 || !conclusionOk || Environment.GetEnvironmentVariable("PRECHECK_VERBOSE") == "1")
            {
                output.WriteLine($"{devCase.Id}: missed [{string.Join(", ", missed)}] false [{string.Join(", ", wrong)}] traps [{string.Join(", ", traps)}] "
                    + $"conclusion {report.ConclusionLabel} (expected {devCase.ExpectedConclusion}); raised "
                    + string.Join(", ", report.Findings.Select(f => $"{f.RuleId}@{f.Clause}:{f.Severity}")));
            }
        }
        var recall = (double)mustHit / mustTotal;
        var accuracy = (double)conclusionsRight / cases.Count;
        output.WriteLine($"cases {cases.Count}; must_flag recall {mustHit}/{mustTotal} = {recall:P1}; should_flag surfaced {shouldHit}/{shouldTotal}; false flags (MINOR+) {falseFlags}; "
            + $"clause traps hit {trapHits}; conclusion accuracy {conclusionsRight}/{cases.Count} = {accuracy:P1}");

        Assert.True(cases.Count >= 35, "dev set should have at least 35 cases");
        Assert.True(recall >= 0.95, $"recall {recall:P1} below 95 %");
        Assert.Equal(0, falseFlags);
        Assert.Equal(0, trapHits);
        Assert.True(accuracy >= 0.90, $"conclusion accuracy {accuracy:P1} below 90 %");
    }

    private static bool Matches(string pattern, string ruleId) =>
        pattern.EndsWith('*') ? ruleId.StartsWith(pattern[..^1], StringComparison.Ordinal) : pattern == ruleId;

    private sealed record DevCase(string Id, PreReviewInput Input, List<string> MustFlag, List<string> ShouldFlag, List<string> MustNotFlag,
        string ExpectedConclusion, HashSet<(string Rule, string Clause)> NoFlagTraps)
    {
        public static DevCase Parse(string line)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var traps = new HashSet<(string, string)>();
            if (root.TryGetProperty("clause_expectations", out var expectations) && expectations.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in expectations.EnumerateArray().Where(e => e.GetProperty("expect").GetString() == "no_flag"))
                {
                    traps.Add((e.GetProperty("rule").GetString()!, e.GetProperty("clause").GetString()!));
                }
            }
            return new DevCase(
                root.GetProperty("id").GetString()!,
                PreReviewCaseReader.FromElement(root),
                Strings(root, "must_flag"),
                Strings(root, "should_flag"),
                Strings(root, "must_not_flag"),
                root.GetProperty("expected_conclusion").GetString()!,
                traps);
        }

        private static List<string> Strings(JsonElement root, string name) =>
            root.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
    }
}
