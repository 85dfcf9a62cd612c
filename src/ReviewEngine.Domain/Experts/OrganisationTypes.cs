namespace ReviewEngine.Domain.Experts;

/// <summary>Chinese labels of <see cref="OrganisationType"/> and parsing from either the label or the English id.</summary>
public static class OrganisationTypes
{
    private static readonly (OrganisationType Type, string Label, string Id)[] Table =
    [
        (OrganisationType.University, "院校", "university"),
        (OrganisationType.LawFirm, "律所", "lawFirm"),
        (OrganisationType.GovernmentDepartment, "政府部门", "government"),
        (OrganisationType.Enterprise, "企业", "enterprise"),
        (OrganisationType.Association, "协会", "association"),
    ];

    public static IReadOnlyList<OrganisationType> All { get; } = Table.Select(t => t.Type).ToArray();

    public static string AllowedText => string.Join("、", Table.Select(t => t.Label));

    public static string Label(OrganisationType type) => Table.First(t => t.Type == type).Label;

    public static bool TryParse(string? text, out OrganisationType type)
    {
        var value = text?.Trim() ?? "";
        foreach (var row in Table)
        {
            if (value == row.Label || string.Equals(value, row.Id, StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, row.Type.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                type = row.Type;
                return true;
            }
        }

        type = default;
        return false;
    }
}
