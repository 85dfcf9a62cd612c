namespace ReviewEngine.Domain.Experts;

/// <summary>The eligibility filters of a draw, in the order the "too few" error is checked.</summary>
internal sealed record ExpertFilters(string Constraint, Func<Expert, string?> Reason)
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
            new("在库状态", e => e.Status == ExpertStatus.Active ? null : $"状态为「{ExpertStatuses.Label(e.Status)}」"),
            new("聘期", e => e.InTermOn(r.Today) ? null : $"不在聘期（{e.TermStart:yyyy-MM-dd} 至 {e.TermEnd:yyyy-MM-dd}）"),
            new($"专业领域（{fields}）", e => r.Fields.Count == 0 || r.Fields.Any(e.Covers) ? null : $"专业领域不符（{string.Join("、", e.Fields)}）"),
            new("与起草单位、相对人同一单位", e => organisations.FirstOrDefault(o => SameName(o.Name, e.Organisation)) is { } o ? $"与{o.Role}同一单位（{o.Name}）" : null),
            new("申报回避", e => Conflict(e, parties) is { } p ? $"申报回避：{p.Role}「{p.Name}」" : null),
            new("本案审查人员、法律顾问", e => people.FirstOrDefault(p => (p.UserId is not null && p.UserId == e.UserId) || p.Name == e.Name) is { } p ? $"系本案{p.Role}" : null),
            new("本案已排除的专家（前轮论证、拒绝、已在专家组）", e => excluded.GetValueOrDefault(e.Id) ?? (r.Keep?.Any(k => k.Id == e.Id) == true ? "已在本专家组" : null)),
            new("关联系统账号", e => !r.RequireAccount || e.UserId is not null ? null : "未关联系统账号，无法分派论证任务"),
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
