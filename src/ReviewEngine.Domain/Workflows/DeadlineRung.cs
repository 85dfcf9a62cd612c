namespace ReviewEngine.Domain.Workflows;

/// <summary>One rung: its kind and its distance in working days from the due date (before for yellow/remind, after for escalate; 0 for red).</summary>
public sealed record DeadlineRung(DeadlineRungKind Kind, int WorkingDays)
{
    /// <summary>The name used in workflow files and timer rows: yellow, red, remind, escalate.</summary>
    public string Name => NameOf(Kind);

    public static string NameOf(DeadlineRungKind kind) => kind.ToString().ToLowerInvariant();
}
