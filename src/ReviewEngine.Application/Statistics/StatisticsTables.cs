namespace ReviewEngine.Application.Statistics;

/// <summary>The 统计 figures as tables, so the page and the spreadsheet cannot drift apart.</summary>
public static class StatisticsTables
{
    /// <param name="ruleName">How a rule is named to a reader (its title beside its id); the id alone when not given.</param>
    public static IReadOnlyList<StatisticsTable> From(ReviewStatistics s, Func<string, string>? ruleName = null) => Build(s, ruleName ?? (id => id));

    private static IReadOnlyList<StatisticsTable> Build(ReviewStatistics s, Func<string, string> ruleName) =>
    [
        new("概况", ["指标", "数值"],
        [
            ["收案数", s.Received],
            ["结案数", s.Closed],
            ["出具审查意见书数", s.OpinionsIssued],
            ["受理至出具意见工作日中位数", s.MedianWorkingDays],
            ["受理至出具意见工作日第90百分位", s.Percentile90WorkingDays],
            ["逾期件数", s.Overdue],
            ["逾期率", s.OverdueRate],
            ["专家论证次数", s.ExpertConsultations],
        ]),
        new("审查结论", ["审查结论", "件数"], s.Conclusions.Select(c => (IReadOnlyList<object?>)[c.Key, c.Value]).ToList()),
        new("规则采纳率", ["规则", "问题数", "采纳", "部分采纳", "不采纳", "采纳率"],
            s.AdoptionByRule.Select(r => (IReadOnlyList<object?>)[ruleName(r.RuleId), r.Issues, r.Adopted, r.PartiallyAdopted, r.NotAdopted, r.Rate]).ToList()),
        new("高频规则", ["规则", "涉及案件数"], s.FlaggedRules.Select(r => (IReadOnlyList<object?>)[ruleName(r.RuleId), r.Cases]).ToList()),
    ];
}
