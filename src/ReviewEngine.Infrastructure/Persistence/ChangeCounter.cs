namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>
/// A number that changes in the same transaction as anything a node caches about a signed-in person. Per user: the
/// account (roles, organisation, qualifications, enabled, sign-in identity and security stamp), and the notifications
/// addressed to them; per organisation: its name and kind, and the notifications addressed to a role in it. Each request
/// reads its person's four rows by key in one statement; a node's cached viewer stays in use while the account and
/// organisation rows are unchanged, its bell count while the two notification rows are too (ADR 0016).
/// Written only by <see cref="ChangeCounterBumps"/>, never tracked.
/// </summary>
public sealed class ChangeCounter
{
    private ChangeCounter()
    {
        Key = "";
    }

    public string Key { get; private set; }
    public long Version { get; private set; }

    public const string OrganisationPrefix = "org:";
    public const string OrganisationNotificationsPrefix = "bell:org:";

    public static string ForUser(string userId) => "user:" + userId;

    public static string ForOrganisation(string organisationId) => OrganisationPrefix + organisationId;

    public static string ForUserNotifications(string userId) => "bell:user:" + userId;

    public static string ForOrganisationNotifications(string organisationId) => OrganisationNotificationsPrefix + organisationId;
}
