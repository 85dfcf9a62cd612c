namespace ReviewEngine.Application.Statistics;

/// <param name="Received">Cases submitted in the period.</param>
/// <param name="Closed">Cases that reached an end state (archived, withdrawn, out of scope) in the period.</param>
/// <param name="OpinionsIssued">Cases whose review clock stopped (opinion approved) in the period.</param>
/// <param name="MedianWorkingDays">Median working days from acceptance to opinion, paused time (补正, experts) excluded.</param>
/// <param name="Percentile90WorkingDays">90th percentile of the same (nearest rank).</param>
/// <param name="Overdue">Opinions issued after the (extended) due date.</param>
/// <param name="OverdueRate">Overdue / OpinionsIssued; null when none were issued.</param>
/// <param name="Conclusions">Count of issued opinions per 审查结论.</param>
/// <param name="ExpertConsultations">专家论证 requested in the period.</param>
/// <param name="AdoptionByRule">Adoption of the issues of opinions issued in the period, per cited rule.</param>
/// <param name="FlaggedRules">The rules flagged in the most cases received in the period, most first (top 10).</param>
public sealed record ReviewStatistics(
    int Received,
    int Closed,
    int OpinionsIssued,
    double? MedianWorkingDays,
    int? Percentile90WorkingDays,
    int Overdue,
    double? OverdueRate,
    IReadOnlyDictionary<string, int> Conclusions,
    int ExpertConsultations,
    IReadOnlyList<RuleAdoption> AdoptionByRule,
    IReadOnlyList<RuleFlagCount> FlaggedRules);
