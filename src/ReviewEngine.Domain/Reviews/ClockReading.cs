namespace ReviewEngine.Domain.Reviews;

/// <summary>The clock evaluated against the calendar: due date (when running or paused), whether it is provisional, whether it is paused.</summary>
public sealed record ClockReading(DateOnly? Due, bool Provisional, bool Paused, int PausedWorkingDays);
