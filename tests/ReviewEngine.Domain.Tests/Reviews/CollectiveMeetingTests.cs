using ReviewEngine.Domain.Reviews;
using static ReviewEngine.Domain.Tests.Reviews.CaseDriver;

namespace ReviewEngine.Domain.Tests.Reviews;

/// <summary>
/// Issue 21 item 5, second half: a major decision's collective meeting (集体讨论决定) is recorded with its date, materials and
/// outcome (《重大行政决策程序暂行条例》第二十九条、第三十条); it cannot come before the legality opinion (第二十五条), nor before
/// the 7 working days reserved for review have passed since acceptance unless a reason is given (第二十六条 "一般不少于").
/// </summary>
public sealed class CollectiveMeetingTests
{
    private static async Task<CaseDriver> OpinionAdoptedAsync()
    {
        var d = SubmitComplete("major-decision", "2026-03-02");
        await d.ReachOpinionReadyAsync();
        await d.Act(Reviewer, "draftOpinion", comment: "经审查，未发现问题", conclusion: Conclusions.Lawful);
        await d.Act(Lead, "approveOpinion");
        await d.Act(Drafter, "confirmAdoption");
        return d;
    }

    private static Task Meet(CaseDriver d, string on, string? materials = "决策草案、合法性审查意见书", string? reason = null)
    {
        var record = new Dictionary<string, string> { ["meetingOn"] = on, ["meetingName"] = "镇长办公会议", ["outcome"] = "通过" };
        if (materials is not null)
        {
            record["materials"] = materials;
        }

        if (reason is not null)
        {
            record["reserveReason"] = reason;
        }

        return d.Case.PerformAsync(new ActionRequest("recordMeeting") { Record = record }, d.Workflow, d.Context(Drafter));
    }

    [Fact]
    public async Task AnAdoptedOpinionWaitsForTheCollectiveMeeting()
    {
        var d = await OpinionAdoptedAsync();

        Assert.Equal("collectiveMeeting", d.Case.State);
        Assert.Contains(d.Case.OpenTasks, t => t.Role == "drafter");
    }

    [Fact]
    public async Task TheMeetingIsRecordedWithItsMaterialsAfterTheReservedTime()
    {
        var d = await OpinionAdoptedAsync();
        d.AdvanceDays(14);

        await Meet(d, "2026-03-16");

        Assert.Equal("archived", d.Case.State);
        Assert.Equal(new DateOnly(2026, 3, 16), d.Case.Deliberation!.MeetingOn);
        Assert.Equal("决策草案、合法性审查意见书", d.Case.Deliberation.Materials);
        Assert.Null(d.Case.Deliberation.ShortReserveReason);
    }

    [Fact]
    public async Task TheMeetingNamesItsMaterials()
    {
        var d = await OpinionAdoptedAsync();
        d.AdvanceDays(14);

        var refused = await Assert.ThrowsAsync<ActionRejectedException>(() => Meet(d, "2026-03-16", materials: null));

        Assert.Contains("会议材料", refused.Message);
        Assert.Equal("collectiveMeeting", d.Case.State);
    }

    [Fact]
    public async Task AMeetingBeforeTheOpinionWasIssuedIsRefused()
    {
        var d = await OpinionAdoptedAsync();

        var refused = await Assert.ThrowsAsync<ActionRejectedException>(() => Meet(d, "2026-03-01"));

        Assert.Contains("第二十五条", refused.Message);
    }

    [Fact]
    public async Task AMeetingInsideTheReservedWorkingDaysNeedsAReason()
    {
        var d = await OpinionAdoptedAsync();
        d.AdvanceDays(3);

        var refused = await Assert.ThrowsAsync<ActionRejectedException>(() => Meet(d, "2026-03-05"));
        Assert.Contains("第二十六条", refused.Message);
        Assert.Contains("仅 3 个工作日", refused.Message);

        await Meet(d, "2026-03-05", reason: "上级要求限期作出决策（防汛应急）");
        Assert.Equal("archived", d.Case.State);
        Assert.Equal("上级要求限期作出决策（防汛应急）", d.Case.Deliberation!.ShortReserveReason);
    }

    [Fact]
    public void PausedDaysAreNotReviewTime()
    {
        var clock = new ReviewClock(new DateOnly(2026, 3, 2), 10, 0, [new ClockPause(new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 6), "补正")], new DateOnly(2026, 3, 9));

        var days = ReviewReserveCheck.ReviewDays(clock, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 11), TestWorkflows.Calendar);

        Assert.Equal(4, days); // 3–11 March holds 7 working days, 3 of them (4–6 March) paused for 补正
    }

    [Fact]
    public void AReserveWithoutAMinimumIsRejected()
    {
        var json = File.ReadAllText(Path.Combine(ReviewEngine.Tests.Shared.TestPaths.Workflows, "major-decision.json"))
            .Replace("\"minimumWorkingDays\": 7,", "", StringComparison.Ordinal);

        var result = Domain.Workflows.WorkflowParser.Parse(json, "major-decision.json");

        Assert.Contains(result.Errors, e => e.Path == "$.reviewClock.reserveBeforeMeeting");
    }
}
