namespace ReviewEngine.Domain.Organisations;

/// <summary>A person who acts on cases: one organisation, one or more roles.</summary>
public sealed class UserAccount
{
    private List<string> _roles = [];
    private List<string> _qualifications = [];

    public string Id { get; private set; }
    public string DisplayName { get; private set; }
    public string OrganisationId { get; private set; }
    public bool IsActive { get; private set; } = true;
    public IReadOnlyList<string> Roles => _roles;

    /// <summary>What the person is recorded as qualified for (法律职业资格 …), checked by tasks that require it.</summary>
    public IReadOnlyList<string> Qualifications => _qualifications;

    private UserAccount()
    {
        Id = DisplayName = OrganisationId = "";
    }

    public UserAccount(string id, string displayName, string organisationId, IEnumerable<string> roles)
    {
        Id = id;
        DisplayName = displayName;
        OrganisationId = organisationId;
        _roles = KnownRoles(roles);
    }

    public bool HasRole(string role) => _roles.Contains(role);

    /// <summary>Replaces the recorded qualifications; an unknown one is refused naming the vocabulary.</summary>
    public void SetQualifications(IEnumerable<string> qualifications)
    {
        var list = qualifications.Select(q => q.Trim()).Where(q => q.Length > 0).Distinct().ToList();
        foreach (var q in list.Where(q => !Organisations.Qualifications.IsKnown(q)))
        {
            throw new ArgumentException($"未知资格 '{q}'（可用：{string.Join(", ", Organisations.Qualifications.All)}）", nameof(qualifications));
        }
        _qualifications = list;
    }

    /// <summary>Replaces the roles (at least one, each from the vocabulary).</summary>
    public void ReplaceRoles(IEnumerable<string> roles)
    {
        var list = KnownRoles(roles);
        _roles = list.Count > 0 ? list : throw new ArgumentException("至少须有一个角色", nameof(roles));
    }

    public void Disable() => IsActive = false;

    /// <summary>The identity this user acts under when taking an action in the given role.</summary>
    public Actor ActAs(string role, OrganisationKind organisationKind)
    {
        if (!HasRole(role))
        {
            throw new InvalidOperationException($"用户 {DisplayName} 没有角色 {Organisations.Roles.Label(role)}");
        }

        return new Actor(Id, DisplayName, role, OrganisationId, organisationKind) { Qualifications = _qualifications };
    }

    private static List<string> KnownRoles(IEnumerable<string> roles)
    {
        var list = roles.Distinct().ToList();
        foreach (var role in list.Where(r => !Organisations.Roles.IsKnown(r)))
        {
            throw new ArgumentException($"未知角色 '{role}'", nameof(roles));
        }

        return list;
    }
}
