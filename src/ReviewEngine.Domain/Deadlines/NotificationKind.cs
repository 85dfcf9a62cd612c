namespace ReviewEngine.Domain.Deadlines;

/// <summary>What an in-app notification is about. Stored by name.</summary>
public enum NotificationKind
{
    /// <summary>临期: the yellow rung.</summary>
    DueSoon,

    /// <summary>逾期: the red rung (the due date has come).</summary>
    Overdue,

    /// <summary>催办: reminder to the task holder.</summary>
    Reminder,

    /// <summary>督办: escalation to the district.</summary>
    Supervision,
}
