using ReviewEngine.Domain.Calendar;

namespace ReviewEngine.Domain.Reviews;

/// <summary>
/// The review time a major decision reserves before its collective meeting (《重大行政决策程序暂行条例》第二十五条、第二十六条):
/// the meeting may not come before the legality opinion was issued, and from acceptance to the meeting at least the
/// workflow's <c>reviewClock.minimumWorkingDays</c> working days must have been the reviewer's (补正 pauses do not count).
/// "一般不少于" admits exceptions, so a shorter reserve is accepted only with a stated reason.
/// </summary>
internal static class ReviewReserveCheck
{
    public static void Run(ReviewClock clock, int reserveWorkingDays, DateOnly meetingOn, string? reason, WorkingDayCalendar calendar, List<string> problems)
    {
        if (clock.StartedOn is not { } started || clock.StoppedOn is not { } issued || meetingOn < issued)
        {
            problems.Add($"《重大行政决策程序暂行条例》第二十五条：决策草案未经合法性审查的，不得提交决策机关讨论（审查意见书签发于 {clock.StoppedOn?.ToString("yyyy-MM-dd") ?? "（未签发）"}，会议日期 {meetingOn:yyyy-MM-dd}）");
            return;
        }

        var available = ReviewDays(clock, started, meetingOn, calendar);
        if (available < reserveWorkingDays && string.IsNullOrWhiteSpace(reason))
        {
            problems.Add($"《重大行政决策程序暂行条例》第二十六条：应当保证必要的审查时间，一般不少于 {reserveWorkingDays} 个工作日；自受理（{started:yyyy-MM-dd}）至会议（{meetingOn:yyyy-MM-dd}）仅 {available} 个工作日（不计补正暂停）。确需提前讨论的，须说明理由（reserveReason）");
        }
    }

    /// <summary>Working days from acceptance to the meeting, less those the clock stood paused (补正).</summary>
    public static int ReviewDays(ReviewClock clock, DateOnly started, DateOnly meetingOn, WorkingDayCalendar calendar) =>
        calendar.CountWorkingDays(started, meetingOn)
        - clock.Pauses.Where(p => p.From < meetingOn).Sum(p => calendar.CountWorkingDays(p.From, p.To is { } to && to < meetingOn ? to : meetingOn));
}
