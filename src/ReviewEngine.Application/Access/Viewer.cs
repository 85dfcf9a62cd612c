using ReviewEngine.Domain.Organisations;

namespace ReviewEngine.Application.Access;

/// <summary>The signed-in person as the read side sees them: organisation and every role they hold.</summary>
public sealed record Viewer(string UserId, string DisplayName, string OrganisationId, string OrganisationName, OrganisationKind OrganisationKind, IReadOnlyList<string> Roles)
{
    public bool SeesWholeDistrict => OrganisationKind == OrganisationKind.District && Roles.Any(Domain.Organisations.Roles.IsDistrictRole);

    /// <summary>Recorded qualifications (法律职业资格 …) that some tasks require.</summary>
    public IReadOnlyList<string> Qualifications { get; init; } = [];

    public bool HasRole(string role) => Roles.Contains(role);

    /// <summary>The role this person acts in for an action that allows <paramref name="allowed"/>, if any.</summary>
    public string? ActingRoleFor(IEnumerable<string> allowed) => allowed.FirstOrDefault(Roles.Contains);

    public Actor ActAs(string role) => new(UserId, DisplayName, role, OrganisationId, OrganisationKind) { Qualifications = Qualifications };
}
