namespace ReviewEngine.Domain.Workflows;

/// <summary>Who a <c>notify</c> entry tells (the closed vocabulary of workflows/README.md, "Notifications").</summary>
public enum NotifyAudience
{
    /// <summary>The holders of the task(s) the state creates: the named user, or everyone who may claim a pool task.</summary>
    Assignees,

    /// <summary>The case's drafter (送审人).</summary>
    Submitter,

    /// <summary>Everyone holding <see cref="NotifyRule.Role"/> in the case's township or in the district.</summary>
    Role,
}
