namespace ReviewEngine.Domain.Deadlines;

/// <summary>A named user, or a role within an organisation.</summary>
public sealed record NotificationRecipient(string? UserId, string? Role, string? OrganisationId)
{
    public static NotificationRecipient User(string userId) => new(userId, null, null);

    public static NotificationRecipient RoleIn(string role, string organisationId) => new(null, role, organisationId);
}
