using ReviewEngine.Domain.Normative;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Tests.Workflows;

/// <summary>Rung days are counted in statutory working days: across 春节 and 国庆 2026 with their 调休 make-up days.</summary>
public sealed class DeadlineLadderTests
{
    [Theory]
    // 春节 2026-02-15..23 off, 02-14 (Sat) and 02-28 (Sat) worked.
    [InlineData("2026-02-25", "2026-02-14", "2026-02-24", "2026-02-26")]
    [InlineData("2026-02-24", "2026-02-13", "2026-02-14", "2026-02-25")]
    [InlineData("2026-02-27", "2026-02-25", "2026-02-26", "2026-02-28")]
    // 国庆 2026-10-01..07 off, 09-20 (Sun) and 10-10 (Sat) worked.
    [InlineData("2026-10-09", "2026-09-30", "2026-10-08", "2026-10-10")]
    [InlineData("2026-10-08", "2026-09-29", "2026-09-30", "2026-10-09")]
    [InlineData("2026-09-30", "2026-09-28", "2026-09-29", "2026-10-08")]
    public void DefaultRungsLandOnWorkingDays(string due, string yellow, string remind, string escalate)
    {
        var ladder = TestWorkflows.Load("normative-document").DeadlineLadder;
        var dueOn = DateOnly.Parse(due);

        DateOnly On(DeadlineRungKind kind) => ladder.FireOn(ladder.Rungs.Single(r => r.Kind == kind), dueOn, TestWorkflows.Calendar);

        Assert.Equal(DateOnly.Parse(yellow), On(DeadlineRungKind.Yellow));
        Assert.Equal(DateOnly.Parse(remind), On(DeadlineRungKind.Remind));
        Assert.Equal(dueOn, On(DeadlineRungKind.Red));
        Assert.Equal(DateOnly.Parse(escalate), On(DeadlineRungKind.Escalate));
    }

    [Fact]
    public void EveryShippedWorkflowDeclaresTheDefaultLadder()
    {
        foreach (var file in TestWorkflows.Files)
        {
            var ladder = TestWorkflows.Load(Path.GetFileNameWithoutExtension(file)).DeadlineLadder;
            Assert.Equal(DeadlineLadder.Default.Rungs, ladder.Rungs);
        }
    }

    [Fact]
    public void AbsentLadderMeansTheDefaults()
    {
        var json = File.ReadAllText(Path.Combine(ReviewEngine.Tests.Shared.TestPaths.Workflows, "agency-contract.json"));
        var start = json.IndexOf("  \"deadlineLadder\"", StringComparison.Ordinal);
        var end = json.IndexOf("  \"flags\"", StringComparison.Ordinal);

        var result = WorkflowParser.Parse(json[..start] + json[end..], "agency-contract.json");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(DeadlineLadder.Default.Rungs, result.Definition!.DeadlineLadder.Rungs);
    }

    [Theory]
    [InlineData(null, 5, "2", true)]
    [InlineData(null, 5, "6", false)]
    [InlineData(3, 3, "3", true)]
    [InlineData(3, 3, "4", false)]
    public void TheWorkflowMaySetTheLongestValidityANormativeDocumentMayState(int? max, int expected, string years, bool accepted)
    {
        var json = File.ReadAllText(Path.Combine(ReviewEngine.Tests.Shared.TestPaths.Workflows, "normative-document.json"));
        if (max is { } m)
        {
            json = json.Replace("\"validityReminderDays\": 30", $"\"validityReminderDays\": 30, \"maxValidityYears\": {m}", StringComparison.Ordinal);
        }

        var result = WorkflowParser.Parse(json, "normative-document.json");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var ceiling = result.Definition!.DeadlineLadder.Normative.MaxValidityYears;
        Assert.Equal(expected, ceiling);
        var problems = NormativeMetadata.Problems(new Dictionary<string, string> { [NormativeMetadata.ValidityYears] = years }, ceiling);
        Assert.Equal(accepted, problems.Count == 0);
    }

    [Fact]
    public void AMaxValidityOutsideOneToTenYearsIsAnError()
    {
        var json = File.ReadAllText(Path.Combine(ReviewEngine.Tests.Shared.TestPaths.Workflows, "normative-document.json"))
            .Replace("\"validityReminderDays\": 30", "\"validityReminderDays\": 30, \"maxValidityYears\": 50", StringComparison.Ordinal);

        var result = WorkflowParser.Parse(json, "normative-document.json");

        Assert.Contains(result.Errors, e => e.ToString().Contains("maxValidityYears"));
    }

    [Fact]
    public void FireTimeIsHalfPastEightChinaTime()
    {
        Assert.Equal(new DateTime(2026, 2, 14, 0, 30, 0, DateTimeKind.Utc), DeadlineLadder.FireAtUtc(new DateOnly(2026, 2, 14)));
    }
}
