namespace ReviewEngine.Domain.Organisations;

/// <summary>A person who acts on cases: one organisation, one or more roles.</summary>
public sealed class UserAccount
{
    private readonly List<string> _roles = [];

    public string Id { get; private set; }
    public string DisplayName { get; private set; }
    public string OrganisationId { get; private set; }
    public bool IsActive { get; private set; } = true;
    public IReadOnlyList<string> Roles => _roles;

    private UserAccount()
    {
        Id = DisplayName = OrganisationId = "";
    }

    public UserAccount(string id, string displayName, string organisationId, IEnumerable<string> roles)
    {
        Id = id;
        DisplayName = displayName;
        OrganisationId = organisationId;
        _roles = roles.Distinct().ToList();
        foreach (var role in _roles)
        {
            if (!Organisations.Roles.IsKnown(role))
            {
                throw new ArgumentException($"未知角色 '{role}'", nameof(roles));
            }
        }
    }

    public bool HasRole(string role) => _roles.Contains(role);

    public void Disable() => IsActive = false;

    /// <summary>The identity this user acts under when taking an action in the given role.</summary>
    public Actor ActAs(string role, OrganisationKind organisationKind)
    {
        if (!HasRole(role))
        {
            throw new InvalidOperationException($"用户 {DisplayName} 没有角色 {Organisations.Roles.Label(role)}");
        }

        return new Actor(Id, DisplayName, role, OrganisationId, organisationKind);
    }
}
