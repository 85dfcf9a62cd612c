namespace ReviewEngine.Domain.Workflows;

/// <summary>
/// After a normative document is published (公布): file it (备案) within <see cref="FilingDays"/> calendar days of
/// publication (domain.md §1.5/§7.3, Hangzhou model, 15 days), remind the drafter <see cref="FilingReminderDays"/> days before;
/// remind <see cref="ValidityReminderDays"/> days before the validity period (有效期) ends; clean up every
/// <see cref="CleanupYears"/> years (清理, 372号 via 良渚; 暂行/试行 documents especially), reminding the drafter's
/// organisation <see cref="CleanupReminderDays"/> days before. A stated validity period (<c>validityYears</c>) may be at
/// most <see cref="MaxValidityYears"/> whole years: 5 by Zhejiang practice (domain.md N-TIME-02) unless the workflow says otherwise.
/// </summary>
public sealed record NormativeDeadlines(int FilingDays, int FilingReminderDays, int ValidityReminderDays, int CleanupYears, int MaxValidityYears = 5,
    int CleanupReminderDays = 30)
{
    public static NormativeDeadlines Default { get; } = new(15, 3, 30, 2);
}
