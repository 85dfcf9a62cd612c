namespace ReviewEngine.Domain.Reviews;

/// <summary>One entry of the pause ledger: the clock stood still from <see cref="From"/> until <see cref="To"/>.</summary>
public sealed record ClockPause(DateOnly From, DateOnly? To, string Reason);
