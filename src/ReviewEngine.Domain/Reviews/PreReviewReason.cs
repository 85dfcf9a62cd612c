namespace ReviewEngine.Domain.Reviews;

/// <summary>
/// Why the stored pre-review suggested its conclusion, read back from the round's findings (domain.md §7.6): the
/// NOT_CURABLE findings for 不合法 / 不同意签订, else every finding above ADVICE. The engine's own reason at analysis
/// time says the same from the same findings; the case keeps only the findings, so the page derives it here.
/// </summary>
public static class PreReviewReason
{
    public static string Explain(string? conclusion, IEnumerable<CaseFinding> findings)
    {
        var relevant = findings.Where(f => f.Severity != "ADVICE").ToList();
        var notCurable = relevant.Where(f => f.Curability == "NOT_CURABLE").Select(f => f.Title).Distinct().ToList();
        return conclusion switch
        {
            null => string.Empty,
            "不属于审查范围" => "文件不对外设定权利义务或属内部管理事项。",
            "不合法" or "不同意签订" or "不同意" when notCurable.Count > 0 => "存在不可通过修改补正的问题：" + string.Join("；", notCurable) + "。",
            "不合法" or "不同意签订" or "不同意" => "核心内容违法，删除违法条款后" + (conclusion == "不合法" ? "文件已无可出台的内容" : conclusion == "不同意" ? "无法作出该执法决定" : "合同目的无法实现") + "：" + Titles(relevant) + "。",
            "修改后合法" or "修改后签订" or "建议修改" => $"存在{relevant.Count}项可通过删除或修改条款解决的问题：" + Titles(relevant) + "。",
            _ => relevant.Count == 0 ? "未发现一般及以上问题。" : Titles(relevant),
        };
    }

    private static string Titles(IEnumerable<CaseFinding> findings) => string.Join("；", findings.Select(f => f.Title).Distinct());
}
