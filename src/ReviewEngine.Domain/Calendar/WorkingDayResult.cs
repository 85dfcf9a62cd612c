namespace ReviewEngine.Domain.Calendar;

/// <summary>A computed date; provisional when a year it crossed has no published holiday data (weekends only).</summary>
public sealed record WorkingDayResult(DateOnly Date, bool Provisional);
