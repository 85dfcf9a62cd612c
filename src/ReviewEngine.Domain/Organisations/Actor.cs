namespace ReviewEngine.Domain.Organisations;

/// <summary>Who performs an action: a user acting in one role on behalf of one organisation.</summary>
public sealed record Actor(string UserId, string DisplayName, string Role, string OrganisationId, OrganisationKind OrganisationKind)
{
    public static Actor SystemActor { get; } = new("system", "系统", Roles.System, "system", OrganisationKind.District);
}
