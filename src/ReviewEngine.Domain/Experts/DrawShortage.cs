namespace ReviewEngine.Domain.Experts;

/// <summary>
/// Explains a failed draw the way a reviewer needs it (issue 17 item 6): the pool, how many each rule set aside
/// (each expert counted once, under the first rule that excluded them, so the numbers add up), which requested
/// fields nobody eligible covers, and what to do about the rule that emptied the pool.
/// </summary>
internal static class DrawShortage
{
    public static ExpertDrawException Explain(IReadOnlyList<Expert> pool, IReadOnlyList<ExpertFilters> filters, ExpertFilters emptying,
        DrawRequest request, int needed, int remaining)
    {
        var counts = filters.ToDictionary(f => f, _ => 0);
        foreach (var expert in pool)
        {
            if (filters.FirstOrDefault(f => f.Reason(expert) is not null) is { } first)
            {
                counts[first]++;
            }
        }

        var excluded = filters.Where(f => counts[f] > 0).Select(f => $"{f.Plain} {counts[f]} 名").ToList();
        var eligibleExceptFields = pool.Where(e => filters.Where(f => !f.Constraint.StartsWith("专业领域", StringComparison.Ordinal)).All(f => f.Reason(e) is null)).ToList();
        var shortFields = request.Fields
            .Select(field => (field, count: eligibleExceptFields.Count(e => e.Covers(field))))
            .Where(x => x.count < needed)
            .Select(x => $"「{x.field}」{x.count} 名")
            .ToList();

        if (pool.Count == 0)
        {
            return new ExpertDrawException(emptying.Constraint, needed, 0,
                $"专家不足，无法组成 {request.Size} 人专家组：专家库中还没有专家。建议：请专家库管理员导入专家名册（review experts import）。");
        }

        var message = $"专家不足，无法组成 {request.Size} 人专家组：还需抽取 {needed} 名，专家库 {pool.Count} 名中符合全部条件的只有 {remaining} 名。"
            + (excluded.Count > 0 ? $"未入选：{string.Join("；", excluded)}。" : "")
            + (shortFields.Count > 0 ? $"可参加的专家中，各所需领域人数：{string.Join("，", shortFields)}。" : "")
            + $"建议：{emptying.Advice}。";
        return new ExpertDrawException(emptying.Constraint, needed, remaining, message);
    }

    /// <summary>The one-third rule on government experts: a rule of the panel's make-up, not of an expert's eligibility.</summary>
    public static ExpertDrawException Government(DrawRequest request, int needed, int usable) =>
        new($"政府部门专家不超过三分之一（{request.Size} 人中至多 {DrawRules.MaxGovernment(request.Size)} 名）", needed, usable,
            $"专家不足，无法组成 {request.Size} 人专家组：政府部门专家在专家组中至多 {DrawRules.MaxGovernment(request.Size)} 名，"
            + $"其余须来自高校、律师事务所等，符合条件的只能凑出 {usable} 名（还需 {needed} 名）。建议：请专家库管理员补充非政府部门专家，或减少专家组人数（须为奇数）。");
}
