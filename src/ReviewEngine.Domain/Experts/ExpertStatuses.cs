namespace ReviewEngine.Domain.Experts;

/// <summary>Chinese labels of <see cref="ExpertStatus"/>; an empty status cell in an import means 在库.</summary>
public static class ExpertStatuses
{
    private static readonly (ExpertStatus Status, string Label, string Id)[] Table =
    [
        (ExpertStatus.Active, "在库", "active"),
        (ExpertStatus.Suspended, "暂停", "suspended"),
        (ExpertStatus.Retired, "退出", "retired"),
    ];

    public static IReadOnlyList<ExpertStatus> All { get; } = Table.Select(t => t.Status).ToArray();

    public static string AllowedText => string.Join("、", Table.Select(t => t.Label));

    public static string Label(ExpertStatus status) => Table.First(t => t.Status == status).Label;

    public static bool TryParse(string? text, out ExpertStatus status)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            status = ExpertStatus.Active;
            return true;
        }

        foreach (var row in Table)
        {
            if (value == row.Label || string.Equals(value, row.Id, StringComparison.OrdinalIgnoreCase))
            {
                status = row.Status;
                return true;
            }
        }

        status = default;
        return false;
    }
}
