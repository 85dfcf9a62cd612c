namespace ReviewEngine.Domain.Experts;

/// <summary>Labels and parsing for <see cref="ExpertVerdict"/> (form values are the English ids).</summary>
public static class ExpertVerdicts
{
    private static readonly (ExpertVerdict Verdict, string Label, string Id)[] Table =
    [
        (ExpertVerdict.Agree, "同意", "agree"),
        (ExpertVerdict.AgreeWithChanges, "修改后同意", "agreeWithChanges"),
        (ExpertVerdict.Disagree, "不同意", "disagree"),
    ];

    public static IReadOnlyList<(ExpertVerdict Verdict, string Label, string Id)> All => Table;

    public static string Label(ExpertVerdict verdict) => Table.First(t => t.Verdict == verdict).Label;

    public static bool TryParse(string? text, out ExpertVerdict verdict)
    {
        var value = text?.Trim() ?? "";
        foreach (var row in Table)
        {
            if (value == row.Label || string.Equals(value, row.Id, StringComparison.OrdinalIgnoreCase))
            {
                verdict = row.Verdict;
                return true;
            }
        }

        verdict = default;
        return false;
    }
}
