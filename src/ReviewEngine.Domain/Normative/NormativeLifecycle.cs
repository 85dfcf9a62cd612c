using System.Globalization;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Normative;

/// <summary>
/// The dates an adopted normative document lives by. The validity period comes from the case metadata
/// (<c>validUntil</c>, or <c>effectiveOn</c> + <c>validityYears</c>); without it, five years from taking effect —
/// the Zhejiang practice ceiling (domain.md N-TIME-02) — marked as presumed.
/// </summary>
public sealed record NormativeLifecycle(
    DateOnly AdoptedOn, DateOnly FilingDueOn, DateOnly FilingReminderOn, DateOnly EffectiveOn, DateOnly ValidUntil, bool ValidityPresumed,
    DateOnly ValidityReminderOn, DateOnly CleanupDueOn)
{
    public const int PresumedValidityYears = 5;

    public static NormativeLifecycle For(DateOnly adoptedOn, IReadOnlyDictionary<string, string> metadata, NormativeDeadlines d, DateOnly today)
    {
        var effective = Date(metadata, "effectiveOn") ?? adoptedOn;
        var years = metadata.TryGetValue("validityYears", out var y) && int.TryParse(y, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null;
        var validUntil = Date(metadata, "validUntil") ?? (years is { } v ? effective.AddYears(v).AddDays(-1) : effective.AddYears(PresumedValidityYears).AddDays(-1));
        var presumed = Date(metadata, "validUntil") is null && years is null;
        var filingDue = adoptedOn.AddDays(d.FilingDays);
        return new NormativeLifecycle(adoptedOn, filingDue, filingDue.AddDays(-d.FilingReminderDays), effective, validUntil, presumed,
            validUntil.AddDays(-d.ValidityReminderDays), NextCleanup(adoptedOn, d.CleanupYears, today));
    }

    /// <summary>Clean-up is periodic: the first anniversary (every N years after adoption) that is today or later.</summary>
    public static DateOnly NextCleanup(DateOnly adoptedOn, int years, DateOnly today)
    {
        var due = adoptedOn.AddYears(years);
        while (due < today)
        {
            due = due.AddYears(years);
        }

        return due;
    }

    private static DateOnly? Date(IReadOnlyDictionary<string, string> metadata, string key) =>
        metadata.TryGetValue(key, out var s) && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
