namespace ReviewEngine.Domain.Organisations;

public enum OrganisationKind
{
    /// <summary>区 (婺城区司法局 and its 合法性审查中心).</summary>
    District,

    /// <summary>乡镇 / 街道.</summary>
    Township,
}
