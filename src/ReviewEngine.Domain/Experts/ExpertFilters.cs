namespace ReviewEngine.Domain.Experts;

/// <summary>The eligibility filters of a draw, in the order the "too few" error is checked.</summary>
/// <param name="Plain">What the filter excluded, in the words of a reviewer ("不在聘期").</param>
/// <param name="Advice">What the reviewer or the pool's administrator can do when this filter leaves too few.</param>
internal sealed record ExpertFilters(string Constraint, Func<Expert, string?> Reason, string Plain = "", string Advice = "")
{
    public static IReadOnlyList<ExpertFilters> For(DrawRequest r)
    {
        var organisations = r.Organisations ?? [];
        var people = r.People ?? [];
        var parties = organisations.Concat(people).ToList();
        var excluded = r.Excluded ?? new Dictionary<Guid, string>();
        var fields = string.Join("、", r.Fields);
        return
        [
            new("在库状态", e => e.Status == ExpertStatus.Active ? null : $"状态为「{ExpertStatuses.Label(e.Status)}」",
                "已暂停或退出专家库", "请专家库管理员恢复或补充专家"),
            new("聘期", e => e.InTermOn(r.Today) ? null : $"不在聘期（{e.TermStart:yyyy-MM-dd} 至 {e.TermEnd:yyyy-MM-dd}）",
                "聘期已满或尚未开始", "请专家库管理员续聘到期专家或导入新聘专家"),
            new($"专业领域（{fields}）", e => r.Fields.Count == 0 || r.Fields.Any(e.Covers) ? null : $"专业领域不符（{string.Join("、", e.Fields)}）",
                $"专业领域不含「{fields}」", "可增选相近的专业领域后重新抽取，或请专家库管理员补充该领域专家"),
            new("与起草单位、相对人同一单位", e => organisations.FirstOrDefault(o => SameName(o.Name, e.Organisation)) is { } o ? $"与{o.Role}同一单位（{o.Name}）" : null,
                "与起草单位或相对人同一单位（须回避）", "回避不能放宽；可减少专家组人数（须为奇数）或请管理员补充其他单位的专家"),
            new("申报回避", e => Conflict(e, parties) is { } p ? $"申报回避：{p.Role}「{p.Name}」" : null,
                "本人申报与本案当事方有利害关系（须回避）", "回避不能放宽；可减少专家组人数（须为奇数）或请管理员补充专家"),
            new("本案审查人员、法律顾问", e => people.FirstOrDefault(p => (p.UserId is not null && p.UserId == e.UserId) || p.Name == e.Name) is { } p ? $"系本案{p.Role}" : null,
                "本人是本案审查人员或法律顾问", "回避不能放宽；可减少专家组人数（须为奇数）或请管理员补充专家"),
            new("本案已排除的专家（前轮论证、拒绝、已在专家组）", e => excluded.GetValueOrDefault(e.Id) ?? (r.Keep?.Any(k => k.Id == e.Id) == true ? "已在本专家组" : null),
                "已参加本案前轮论证、已拒绝或已在本专家组", "可结束论证、以现有专家意见为准，或请管理员补充专家"),
            new("关联系统账号", e => !r.RequireAccount || e.UserId is not null ? null : "未关联系统账号，无法分派论证任务",
                "尚未开通系统账号，无法接收论证任务", "请系统管理员为这些专家开通账号（review users add --role expert），并在专家库中填写账号"),
        ];
    }

    private static ExcludedParty? Conflict(Expert e, List<ExcludedParty> parties) =>
        parties.FirstOrDefault(p => e.Conflicts.Any(c => SameName(c, p.Name)));

    /// <summary>Equal, or one contains the other when both are long enough to be a name rather than a fragment (罗埠镇 / 罗埠镇人民政府).</summary>
    internal static bool SameName(string a, string b)
    {
        a = a.Trim();
        b = b.Trim();
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        return a == b || (Math.Min(a.Length, b.Length) >= 3 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)));
    }
}
