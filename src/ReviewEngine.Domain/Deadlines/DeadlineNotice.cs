using System.Globalization;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Deadlines;

/// <summary>Who a rung notifies and what it says, in Chinese.</summary>
public static class DeadlineNotice
{
    public static NotificationKind KindOf(DeadlineRungKind rung) => rung switch
    {
        DeadlineRungKind.Yellow => NotificationKind.DueSoon,
        DeadlineRungKind.Red => NotificationKind.Overdue,
        DeadlineRungKind.Remind => NotificationKind.Reminder,
        _ => NotificationKind.Supervision,
    };

    public static string Label(NotificationKind kind) => kind switch
    {
        NotificationKind.DueSoon => "临期",
        NotificationKind.Overdue => "逾期",
        NotificationKind.Reminder => "催办",
        NotificationKind.Filing => "备案",
        NotificationKind.Cleanup => "清理",
        NotificationKind.Validity => "有效期",
        NotificationKind.TaskAssigned => "待办",
        NotificationKind.TaskOffered => "待认领",
        NotificationKind.CaseProgress => "进展",
        _ => "督办",
    };

    /// <summary>督办 goes to the district reviewers; every other rung to the task holder (or the task's role when unclaimed).</summary>
    public static NotificationRecipient RecipientFor(DeadlineRungKind rung, ReviewCase c, WorkItem task) =>
        rung == DeadlineRungKind.Escalate
            ? NotificationRecipient.RoleIn(Roles.DistrictReviewer, c.DistrictId)
            : task.AssigneeId is { } user ? NotificationRecipient.User(user) : NotificationRecipient.RoleIn(task.Role, task.OrganisationId);

    public static string Text(DeadlineRungKind rung, ReviewCase c, string stepLabel, DateOnly due)
    {
        var d = due.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        var subject = $"案件 {c.Number}「{c.Title}」的「{stepLabel}」";
        return rung switch
        {
            DeadlineRungKind.Yellow => $"【临期】{subject}将于 {d} 到期，请抓紧办理。",
            DeadlineRungKind.Red => $"【逾期】{subject}今日（{d}）到期，今日未办结即逾期。",
            DeadlineRungKind.Remind => $"【催办】{subject}将于 {d} 到期，请于期限内办结。",
            _ => $"【督办】{subject}已超过办理期限（{d}），请区司法局督促办理。",
        };
    }
}
