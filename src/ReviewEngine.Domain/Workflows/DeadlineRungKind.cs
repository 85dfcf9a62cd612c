namespace ReviewEngine.Domain.Workflows;

/// <summary>The rungs of the deadline ladder (domain.md §7.3; engines.md §7 C.12). Stored by name in timer rows.</summary>
public enum DeadlineRungKind
{
    /// <summary>临期 (yellow): at most N working days left.</summary>
    Yellow,

    /// <summary>到期 (red): on the due date itself.</summary>
    Red,

    /// <summary>催办 to the task holder, N working days before the due date.</summary>
    Remind,

    /// <summary>督办 escalation to the district, N working days after the due date.</summary>
    Escalate,
}
