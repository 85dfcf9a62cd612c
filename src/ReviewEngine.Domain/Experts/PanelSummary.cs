namespace ReviewEngine.Domain.Experts;

/// <summary>
/// 专家意见汇总: the majority view and every dissent (domain.md §4.2; art 20 asks for differing views to be heard).
/// With a tie there is no majority and every answer is listed as a dissent from the others.
/// </summary>
public sealed record PanelSummary(int Invited, int Answered, int Declined, ExpertVerdict? Majority, IReadOnlyList<PanelMember> Agreeing, IReadOnlyList<PanelMember> Dissents)
{
    public static PanelSummary Of(IReadOnlyList<PanelMember> members)
    {
        var answered = members.Where(m => m is { Status: PanelMemberStatus.Answered, Verdict: not null }).ToList();
        var groups = answered.GroupBy(m => m.Verdict!.Value).OrderByDescending(g => g.Count()).ToList();
        ExpertVerdict? majority = groups.Count > 0 && (groups.Count == 1 || groups[0].Count() > groups[1].Count()) ? groups[0].Key : null;
        return new PanelSummary(
            members.Count(m => m.Status != PanelMemberStatus.Declined),
            answered.Count,
            members.Count(m => m.Status == PanelMemberStatus.Declined),
            majority,
            answered.Where(m => m.Verdict == majority).ToList(),
            answered.Where(m => m.Verdict != majority).ToList());
    }

    /// <summary>The summary line: every dissent is named with its verdict, and seats left without an answer are counted
    /// (a panel closed early with the review lead's approval says so).</summary>
    public string Text => (Answered == 0
        ? "尚无专家提交意见"
        : Majority is { } v
            ? $"{Answered} 位专家提交意见，多数意见为「{ExpertVerdicts.Label(v)}」（{Agreeing.Count} 位）" + (Dissents.Count == 0 ? "，意见一致" : $"，{Dissents.Count} 位持不同意见（{DissentNames("：")}）")
            : $"{Answered} 位专家提交意见，意见分歧，无多数意见（{DissentNames("：")}）")
        + (Unanswered > 0 && Answered > 0 ? $"；{Unanswered} 位未提交意见" : "");

    /// <summary>Invited members (not declined) who have not answered.</summary>
    public int Unanswered => Invited - Answered;

    /// <summary>张三：不同意、李四：修改后同意 — each dissent by name and verdict.</summary>
    public string DissentNames(string separator) =>
        string.Join("、", Dissents.Select(m => $"{m.Name}{separator}{ExpertVerdicts.Label(m.Verdict!.Value)}"));
}
