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

    public string Text => Answered == 0
        ? "尚无专家提交意见"
        : Majority is { } v
            ? $"{Answered} 位专家提交意见，多数意见为「{ExpertVerdicts.Label(v)}」（{Agreeing.Count} 位）" + (Dissents.Count == 0 ? "，意见一致" : $"，{Dissents.Count} 位持不同意见")
            : $"{Answered} 位专家提交意见，意见分歧，无多数意见";
}
