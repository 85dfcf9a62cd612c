using System.Globalization;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Normative;

/// <summary>
/// The dates an adopted normative document lives by. 备案 is due <see cref="NormativeDeadlines.FilingDays"/> calendar
/// days after 公布 (domain.md §1.5, §7.3): before publication there is no filing deadline, and a document filed on time
/// is never overdue. The validity period comes from the case metadata (<c>validUntil</c>, or <c>effectiveOn</c> +
/// <c>validityYears</c>); without it, five years from taking effect — the Zhejiang practice ceiling (domain.md N-TIME-02)
/// — marked as presumed. Taking effect defaults to publication, else adoption; clean-up (清理) recurs every
/// <see cref="NormativeDeadlines.CleanupYears"/> years from the same date.
/// </summary>
public sealed record NormativeLifecycle(
    DateOnly AdoptedOn, DateOnly? PublishedOn, DateOnly? FilingDueOn, DateOnly? FilingReminderOn, DateOnly? FiledOn,
    DateOnly EffectiveOn, DateOnly ValidUntil, bool ValidityPresumed, DateOnly ValidityReminderOn, DateOnly CleanupDueOn, DateOnly CleanupReminderOn)
{
    public const int PresumedValidityYears = 5;

    public static NormativeLifecycle For(DateOnly adoptedOn, IReadOnlyDictionary<string, string> metadata, NormativeDeadlines d, DateOnly today) =>
        For(adoptedOn, adoptedOn, null, metadata, d, today);

    public static NormativeLifecycle For(DateOnly adoptedOn, DateOnly? publishedOn, DateOnly? filedOn, IReadOnlyDictionary<string, string> metadata,
        NormativeDeadlines d, DateOnly today)
    {
        var issued = publishedOn ?? adoptedOn;
        var effective = Date(metadata, "effectiveOn") ?? issued;
        var years = metadata.TryGetValue("validityYears", out var y) && int.TryParse(y, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null;
        var validUntil = Date(metadata, "validUntil") ?? (years is { } v ? effective.AddYears(v).AddDays(-1) : effective.AddYears(PresumedValidityYears).AddDays(-1));
        var presumed = Date(metadata, "validUntil") is null && years is null;
        var filingDue = publishedOn?.AddDays(d.FilingDays);
        var cleanup = NextCleanup(issued, d.CleanupYears, today);
        return new NormativeLifecycle(adoptedOn, publishedOn, filingDue, filingDue?.AddDays(-d.FilingReminderDays), filedOn, effective, validUntil, presumed,
            validUntil.AddDays(-d.ValidityReminderDays), cleanup, cleanup.AddDays(-d.CleanupReminderDays));
    }

    /// <summary>Overdue only when published, not filed, and the deadline has passed.</summary>
    public bool FilingOverdue(DateOnly today) => FilingDueOn is { } due && FiledOn is null && today > due;

    /// <summary>Filed, but after the deadline.</summary>
    public bool FiledLate => FilingDueOn is { } due && FiledOn is { } filed && filed > due;

    /// <summary>Clean-up is periodic: the first anniversary (every N years after issue) that is today or later.</summary>
    public static DateOnly NextCleanup(DateOnly issuedOn, int years, DateOnly today)
    {
        var due = issuedOn.AddYears(years);
        while (due < today)
        {
            due = due.AddYears(years);
        }

        return due;
    }

    private static DateOnly? Date(IReadOnlyDictionary<string, string> metadata, string key) =>
        metadata.TryGetValue(key, out var s) && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
