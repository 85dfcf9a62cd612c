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

    /// <summary>备案: an adopted normative document's filing deadline is near.</summary>
    Filing,

    /// <summary>有效期: a normative document's validity period is about to end.</summary>
    Validity,

    /// <summary>清理: a normative document's periodic (two-year) clean-up is due; to the drafter's organisation.</summary>
    Cleanup,

    /// <summary>待办: a task created for me by name (补正, 退回 to me, 采纳反馈, an expert invitation, 复核 …).</summary>
    TaskAssigned,

    /// <summary>待认领: a task offered to a role I hold in my organisation (登记, 审查, 区中心指导 …).</summary>
    TaskOffered,

    /// <summary>进展: a step of a case I follow (受理, 意见书出具 …), as the workflow's notify lists say.</summary>
    CaseProgress,
}
