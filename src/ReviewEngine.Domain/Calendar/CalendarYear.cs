namespace ReviewEngine.Domain.Calendar;

/// <summary>One year of the State Council holiday notice: days off and 调休 make-up working days.</summary>
public sealed record CalendarYear(int Year, IReadOnlySet<DateOnly> Holidays, IReadOnlySet<DateOnly> MakeUpWorkdays, string Source);
