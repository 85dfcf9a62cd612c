namespace ReviewEngine.Domain.Organisations;

/// <summary>The short name an organisation's document numbers start with: 罗埠镇人民政府 → 罗埠, 城北街道办事处 → 城北,
/// 金华市婺城区人民政府 → 婺城.</summary>
public static class OrganisationNames
{
    private static readonly string[] Suffixes = ["人民政府", "街道办事处", "办事处", "街道", "镇", "乡", "区", "县", "市"];

    public static string Short(string name)
    {
        var shortName = name.Trim();
        var bracket = shortName.IndexOf('（');
        if (bracket > 0)
        {
            shortName = shortName[..bracket];
        }

        // 金华市婺城区人民政府 → 婺城: the city in front is not part of a district's or township's short name.
        var city = shortName.IndexOf('市');
        if (city > 0 && shortName.Length - city - 1 >= 3)
        {
            shortName = shortName[(city + 1)..];
        }

        foreach (var suffix in Suffixes)
        {
            if (shortName.Length > suffix.Length + 1 && shortName.EndsWith(suffix, StringComparison.Ordinal))
            {
                shortName = shortName[..^suffix.Length];
            }
        }

        return shortName;
    }
}
