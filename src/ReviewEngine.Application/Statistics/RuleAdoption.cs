namespace ReviewEngine.Application.Statistics;

/// <summary>
/// How the drafters answered the opinion issues citing one rule (采纳率 by rule). <see cref="Rate"/> counts only full
/// 采纳 as adopted; 部分采纳 is reported separately so a rule that is routinely half-followed stands out.
/// </summary>
public sealed record RuleAdoption(string RuleId, int Issues, int Adopted, int PartiallyAdopted, int NotAdopted)
{
    /// <summary>The label for issues that cite no rule (written by hand, not from the checklist).</summary>
    public const string NoRule = "（未关联规则）";

    public double? Rate => Issues == 0 ? null : (double)Adopted / Issues;
}
