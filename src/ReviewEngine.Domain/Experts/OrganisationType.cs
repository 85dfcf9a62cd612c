namespace ReviewEngine.Domain.Experts;

/// <summary>单位类型 of an expert: the one-third cap applies to <see cref="GovernmentDepartment"/> (domain.md §4, 衢州 rule).</summary>
public enum OrganisationType
{
    University,
    LawFirm,
    GovernmentDepartment,
    Enterprise,
    Association,
}
