namespace ReviewEngine.Domain.Deadlines;

/// <summary>
/// An in-app notification (站内提醒) for one user, or (deadline rungs of an unclaimed task, 清理) for everyone holding a
/// role in an organisation, read once for the group. Hand-off notices are always addressed per user (ADR 0013).
/// </summary>
public sealed class Notification
{
    private Notification()
    {
        CaseNumber = Text = "";
    }

    public Notification(Guid? timerId, NotificationRecipient recipient, Guid caseId, string caseNumber, NotificationKind kind, string text, DateTime createdAtUtc, string? eventKey = null)
    {
        Id = Guid.CreateVersion7(); // time-ordered, appended at the end of the key index (WorkItem.Id)
        TimerId = timerId;
        RecipientUserId = recipient.UserId;
        RecipientRole = recipient.Role;
        RecipientOrganisationId = recipient.OrganisationId;
        CaseId = caseId;
        CaseNumber = caseNumber;
        Kind = kind;
        Text = text;
        CreatedAtUtc = createdAtUtc;
        EventKey = eventKey;
    }

    public Guid Id { get; private set; }

    /// <summary>The timer that produced it; unique, so a second send of the same rung cannot commit.</summary>
    public Guid? TimerId { get; private set; }

    /// <summary>The hand-off's audit event (<c>e{sequence}</c>); with the case and the user, unique: one event, one notice per person.</summary>
    public string? EventKey { get; private set; }

    public string? RecipientUserId { get; private set; }
    public string? RecipientRole { get; private set; }
    public string? RecipientOrganisationId { get; private set; }
    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string Text { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? ReadAtUtc { get; private set; }

    public bool IsRead => ReadAtUtc is not null;

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;
}
