namespace ReviewEngine.Domain.Organisations;

/// <summary>Who performs an action: a user acting in one role on behalf of one organisation.</summary>
public sealed record Actor(string UserId, string DisplayName, string Role, string OrganisationId, OrganisationKind OrganisationKind)
{
    /// <summary>The account's recorded qualifications (<see cref="Organisations.Qualifications"/>), for tasks that require one.</summary>
    public IReadOnlyList<string> Qualifications { get; init; } = [];

    public bool Equals(Actor? other) => other is not null && UserId == other.UserId && DisplayName == other.DisplayName && Role == other.Role
        && OrganisationId == other.OrganisationId && OrganisationKind == other.OrganisationKind && Qualifications.SequenceEqual(other.Qualifications);

    public override int GetHashCode() => HashCode.Combine(UserId, Role, OrganisationId, OrganisationKind);

    public static Actor SystemActor { get; } = new("system", "系统", Roles.System, "system", OrganisationKind.District);
}
