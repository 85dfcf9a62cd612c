namespace ReviewEngine.Domain.Workflows;

/// <summary>Reads the optional top-level <c>deadlineLadder</c>; absent means <see cref="DeadlineLadder.Default"/>.</summary>
internal static class DeadlineLadderParser
{
    private const string Path = "$.deadlineLadder";
    private const int MaxWorkingDays = 60;

    public static DeadlineLadder Parse(DeadlineLadderFile? file, Action<string, string> error)
    {
        if (file is null)
        {
            return DeadlineLadder.Default;
        }

        if (file.Rungs is null || file.Rungs.Count == 0)
        {
            error($"{Path}.rungs", "须至少列出一级期限提醒（yellow、red、remind、escalate）");
            return DeadlineLadder.Default;
        }

        var rungs = new List<DeadlineRung>();
        for (var i = 0; i < file.Rungs.Count; i++)
        {
            var rung = ParseRung(file.Rungs[i], $"{Path}.rungs[{i}]", error);
            if (rung is null)
            {
                continue;
            }

            if (rungs.Any(r => r.Kind == rung.Kind))
            {
                error($"{Path}.rungs[{i}].rung", $"重复的期限提醒 '{rung.Name}'");
                continue;
            }

            rungs.Add(rung);
        }

        return new DeadlineLadder(rungs) { Normative = ParseNormative(file, error) };
    }

    private static NormativeDeadlines ParseNormative(DeadlineLadderFile file, Action<string, string> error)
    {
        var d = NormativeDeadlines.Default;
        int Days(int? value, string name, int fallback, int max)
        {
            if (value is not { } v)
            {
                return fallback;
            }

            if (v < 1 || v > max)
            {
                error($"{Path}.{name}", $"天数须在 1 到 {max} 之间");
                return fallback;
            }

            return v;
        }

        var filing = Days(file.FilingDays, "filingDays", d.FilingDays, 365);
        var reminder = Days(file.FilingReminderDays, "filingReminderDays", d.FilingReminderDays, 365);
        if (reminder >= filing)
        {
            error($"{Path}.filingReminderDays", "备案提醒须早于备案期限届满（小于 filingDays）");
        }

        return d with
        {
            FilingDays = filing,
            FilingReminderDays = reminder,
            ValidityReminderDays = Days(file.ValidityReminderDays, "validityReminderDays", d.ValidityReminderDays, 365),
            MaxValidityYears = Years(file.MaxValidityYears, "maxValidityYears", d.MaxValidityYears, 10),
        };

        int Years(int? value, string name, int fallback, int max)
        {
            if (value is { } v && (v < 1 || v > max))
            {
                error($"{Path}.{name}", $"年数须在 1 到 {max} 之间");
                return fallback;
            }

            return value ?? fallback;
        }
    }

    private static DeadlineRung? ParseRung(DeadlineRungFile r, string path, Action<string, string> error)
    {
        var kind = Enum.GetValues<DeadlineRungKind>().Cast<DeadlineRungKind?>().FirstOrDefault(k => DeadlineRung.NameOf(k!.Value) == r.Rung);
        if (kind is null)
        {
            error($"{path}.rung", string.IsNullOrWhiteSpace(r.Rung)
                ? "缺少 rung"
                : $"未知期限提醒 '{r.Rung}'（可用：yellow、red、remind、escalate）");
            return null;
        }

        if (kind == DeadlineRungKind.Red)
        {
            // Red is the due date itself; a number would be a second yellow in disguise.
            if (r.WorkingDays is not (null or 0))
            {
                error($"{path}.workingDays", "red 在到期日当天触发，不能设工作日数");
            }

            return new DeadlineRung(DeadlineRungKind.Red, 0);
        }

        if (r.WorkingDays is not { } days)
        {
            error($"{path}.workingDays", $"期限提醒 '{r.Rung}' 缺少工作日数");
            return null;
        }

        if (days is < 1 or > MaxWorkingDays)
        {
            error($"{path}.workingDays", $"工作日数须在 1 到 {MaxWorkingDays} 之间");
            return null;
        }

        return new DeadlineRung(kind.Value, days);
    }
}
