namespace ReviewEngine.Domain.Organisations;

/// <summary>The district or one of its townships. The id is a stable short code used in case numbers and URLs.</summary>
public sealed class Organisation
{
    public string Id { get; private set; }
    public string Name { get; private set; }
    public OrganisationKind Kind { get; private set; }
    public string? ParentId { get; private set; }

    private Organisation()
    {
        Id = Name = "";
    }

    public Organisation(string id, string name, OrganisationKind kind, string? parentId = null)
    {
        Id = id;
        Name = name;
        Kind = kind;
        ParentId = parentId;
    }
}
