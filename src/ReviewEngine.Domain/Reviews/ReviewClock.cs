using ReviewEngine.Domain.Calendar;

namespace ReviewEngine.Domain.Reviews;

/// <summary>
/// The review period of one round as a budget plus a ledger, not a single due date: pauses (补正, expert time)
/// are recorded so the due date moves by exactly the paused working days and can be recomputed at any time.
/// Immutable; every effect returns a new clock.
/// </summary>
public sealed record ReviewClock(
    DateOnly? StartedOn,
    int BudgetWorkingDays,
    int ExtendedWorkingDays,
    IReadOnlyList<ClockPause> Pauses,
    DateOnly? StoppedOn)
{
    public static ReviewClock NotStarted { get; } = new(null, 0, 0, [], null);

    public bool IsRunning => StartedOn is not null && StoppedOn is null && !IsPaused;

    public bool IsPaused => Pauses.Count > 0 && Pauses[^1].To is null;

    public ReviewClock Start(DateOnly today, int budgetWorkingDays) => new(today, budgetWorkingDays, 0, [], null);

    /// <summary>Pausing a clock that has not started (补正 at registration) or is already paused changes nothing.</summary>
    public ReviewClock Pause(DateOnly today, string reason) =>
        StartedOn is null || StoppedOn is not null || IsPaused ? this : this with { Pauses = [.. Pauses, new ClockPause(today, null, reason)] };

    public ReviewClock Resume(DateOnly today) =>
        !IsPaused ? this : this with { Pauses = [.. Pauses.Take(Pauses.Count - 1), Pauses[^1] with { To = today }] };

    public ReviewClock Extend(int workingDays) => StartedOn is null ? this : this with { ExtendedWorkingDays = ExtendedWorkingDays + workingDays };

    public ReviewClock Stop(DateOnly today) => StartedOn is null || StoppedOn is not null ? this : Resume(today) with { StoppedOn = today };

    public ClockReading Read(WorkingDayCalendar calendar, DateOnly today)
    {
        if (StartedOn is not { } started)
        {
            return new ClockReading(null, false, false, 0);
        }

        // An open pause counts up to today: the projected due date if work resumed now.
        var paused = Pauses.Sum(p => calendar.CountWorkingDays(p.From, p.To ?? today));
        var due = calendar.AddWorkingDays(started, BudgetWorkingDays + ExtendedWorkingDays + paused);
        return new ClockReading(due.Date, due.Provisional, IsPaused, paused);
    }
}
