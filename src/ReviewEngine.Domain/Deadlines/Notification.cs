namespace ReviewEngine.Domain.Deadlines;

/// <summary>
/// An in-app notification (站内提醒) for one user, or for everyone holding a role in an organisation (a task
/// nobody has claimed yet). Role notifications are read once for the group: whoever reads first clears the count.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
        CaseNumber = Text = "";
    }

    public Notification(Guid? timerId, NotificationRecipient recipient, Guid caseId, string caseNumber, NotificationKind kind, string text, DateTime createdAtUtc)
    {
        Id = Guid.NewGuid();
        TimerId = timerId;
        RecipientUserId = recipient.UserId;
        RecipientRole = recipient.Role;
        RecipientOrganisationId = recipient.OrganisationId;
        CaseId = caseId;
        CaseNumber = caseNumber;
        Kind = kind;
        Text = text;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }

    /// <summary>The timer that produced it; unique, so a second send of the same rung cannot commit.</summary>
    public Guid? TimerId { get; private set; }

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
