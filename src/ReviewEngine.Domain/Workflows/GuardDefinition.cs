namespace ReviewEngine.Domain.Workflows;

/// <summary>A guard with its typed parameters (only those its kind uses are set).</summary>
public sealed record GuardDefinition(
    GuardKind Kind,
    string? Flag = null,
    string? State = null,
    string? IfFlag = null,
    int Count = 0,
    decimal Amount = 0,
    IReadOnlyList<string>? Values = null)
{
    /// <summary>Input guards check what the actor submits; when listing actions they count as met.</summary>
    public bool IsInputGuard => Kind is GuardKind.RequiresComment or GuardKind.RequiresDocument or GuardKind.RequiresConclusion
        or GuardKind.RequiresAssignees or GuardKind.AdoptionComplete;

    /// <summary>The sentence shown next to a disabled action, and used as the Stateless guard description.</summary>
    public string Describe() => Kind switch
    {
        GuardKind.RequiresComment => "须填写意见或理由",
        GuardKind.RequiresDocument => "须附文件",
        GuardKind.RequiresConclusion => "须选择审查结论",
        GuardKind.RequiresAssignees => $"须指定至少 {Count} 名承办人",
        GuardKind.MaterialsComplete => "送审材料须齐全",
        GuardKind.ConclusionIn => $"审查结论须为：{string.Join("、", Values ?? [])}",
        GuardKind.FlagSet => $"须已标记「{Flag}」",
        GuardKind.FlagNotSet => $"须未标记「{Flag}」",
        GuardKind.VisitedInRound => IfFlag is null ? $"本轮须已完成「{State}」" : $"标记「{IfFlag}」时本轮须已完成「{State}」",
        GuardKind.MaxTimes => $"本操作最多 {Count} 次",
        GuardKind.AmountAtLeast => $"金额须不低于 {Amount}",
        GuardKind.AmountBelow => $"金额须低于 {Amount}",
        GuardKind.AdoptionComplete => "须对审查意见的每一项问题逐项说明采纳情况（不采纳须说明理由）",
        _ => Kind.ToString(),
    };
}
