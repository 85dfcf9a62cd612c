namespace ReviewEngine.Infrastructure.Deadlines;

/// <summary>Settings of the deadline processor (configuration section "Deadlines").</summary>
public sealed class DeadlineOptions
{
    public const string Section = "Deadlines";

    /// <summary>Run the hosted processor at all (a second web instance may leave it on: claims make that safe).</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a claim is honoured before another instance may take over a row whose claimer died mid-send.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);
}
