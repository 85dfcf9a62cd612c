namespace ReviewEngine.Application.Statistics;

/// <summary>How many cases received in the period a rule was flagged in: a 智能预审 finding not dismissed, or an opinion issue citing it.</summary>
public sealed record RuleFlagCount(string RuleId, int Cases);
