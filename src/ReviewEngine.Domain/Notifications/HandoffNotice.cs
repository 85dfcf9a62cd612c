using ReviewEngine.Domain.Deadlines;

namespace ReviewEngine.Domain.Notifications;

/// <summary>
/// A notification a hand-off asks for, before it is addressed to people: a user, or a role in an organisation whose
/// members who may take the task (not <paramref name="ExcludedUserId"/>, 内部分离) each get their own copy.
/// <paramref name="EventKey"/> names the audit event; with the case and the user it is stored once.
/// </summary>
public sealed record HandoffNotice(
    Guid CaseId,
    string CaseNumber,
    string EventKey,
    NotificationKind Kind,
    NotificationRecipient Recipient,
    string? ExcludedUserId,
    string ActorUserId,
    string Text,
    DateTime CreatedAtUtc);
