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

    /// <summary>
    /// The verdict an opinion written as free text opens with (API callers and scripts that send only a comment):
    /// 不同意… is a disagreement, 同意… mentioning 修改 an agreement with changes, any other 同意… an agreement.
    /// </summary>
    public static ExpertVerdict? FromText(string? text)
    {
        var value = text?.Trim() ?? "";
        if (TryParse(value, out var verdict))
        {
            return verdict;
        }

        if (value.StartsWith("不同意", StringComparison.Ordinal))
        {
            return ExpertVerdict.Disagree;
        }

        if (value.StartsWith("同意", StringComparison.Ordinal) || value.StartsWith("修改后同意", StringComparison.Ordinal))
        {
            return value.Contains("修改", StringComparison.Ordinal) ? ExpertVerdict.AgreeWithChanges : ExpertVerdict.Agree;
        }

        return null;
    }
}
