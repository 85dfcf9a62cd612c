using ReviewEngine.Domain.Calendar;

namespace ReviewEngine.Domain.Workflows;

/// <summary>
/// When each rung fires relative to a work item's due date, counted in statutory working days, so a rung never
/// lands on a holiday: "2 working days before" a due date right after the Spring Festival is before the holiday.
/// </summary>
public sealed record DeadlineLadder(IReadOnlyList<DeadlineRung> Rungs)
{
    /// <summary>Rungs fire at the start of office hours, China time, on their day.</summary>
    public static readonly TimeOnly FireTimeOfDay = new(8, 30);

    /// <summary>domain.md §7.3: yellow at ≤ 2 WD left, red on the due date, 催办 1 WD before, 督办 1 WD after.</summary>
    public static DeadlineLadder Default { get; } = new([
        new DeadlineRung(DeadlineRungKind.Yellow, 2),
        new DeadlineRung(DeadlineRungKind.Red, 0),
        new DeadlineRung(DeadlineRungKind.Remind, 1),
        new DeadlineRung(DeadlineRungKind.Escalate, 1),
    ]);

    /// <summary>备案, 有效期 and 清理 periods; used by workflows for normative documents.</summary>
    public NormativeDeadlines Normative { get; init; } = NormativeDeadlines.Default;

    public DateOnly FireOn(DeadlineRung rung, DateOnly due, WorkingDayCalendar calendar) => rung.Kind switch
    {
        DeadlineRungKind.Red => due,
        DeadlineRungKind.Escalate => calendar.AddWorkingDays(due, rung.WorkingDays).Date,
        _ => WorkingDaysBefore(due, rung.WorkingDays, calendar),
    };

    public static DateTime FireAtUtc(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(FireTimeOfDay), TimeSpan.FromHours(8)).UtcDateTime;

    private static DateOnly WorkingDaysBefore(DateOnly due, int workingDays, WorkingDayCalendar calendar)
    {
        var day = due;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(-1);
            if (calendar.IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }
}
