using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Reviews;

/// <summary>Evaluates the built-in guards against the case and the actor's input.</summary>
internal static class GuardEvaluator
{
    public static bool IsMet(GuardDefinition g, ReviewCase c, WorkflowDefinition wf, ActionRequest r)
    {
        if (r.IsProbe && g.IsInputGuard)
        {
            return true;
        }

        return g.Kind switch
        {
            GuardKind.RequiresComment => !string.IsNullOrWhiteSpace(r.Comment),
            GuardKind.RequiresDocument => r.Document is not null,
            GuardKind.RequiresConclusion => r.Conclusion is not null && wf.AllowsConclusion(r.Conclusion, c.Metadata),
            GuardKind.RequiresAssignees => (r.Assignees?.Distinct().Count() ?? 0) >= g.Count,
            GuardKind.MaterialsComplete => MissingMaterials(c, wf).Count == 0,
            GuardKind.ConclusionIn => c.Opinion is { } o && g.Values!.Contains(o.Conclusion),
            GuardKind.FlagSet => c.Flags.Contains(g.Flag!),
            GuardKind.FlagNotSet => !c.Flags.Contains(g.Flag!),
            GuardKind.VisitedInRound => (g.IfFlag is not null && !c.Flags.Contains(g.IfFlag)) || c.VisitedInRound.Contains(g.State!),
            GuardKind.MaxTimes => c.ActionCount(r.ActionId) < g.Count,
            GuardKind.AmountAtLeast => c.Amount is { } a && a >= g.Amount,
            GuardKind.AmountBelow => c.Amount is not { } b || b < g.Amount,
            GuardKind.AdoptionComplete => AdoptionComplete(c, r),
            _ => false,
        };
    }

    public static List<string> Unmet(ActionDefinition action, ReviewCase c, WorkflowDefinition wf, ActionRequest r) =>
        action.Guards.Where(g => !IsMet(g, c, wf, r)).Select(g => Explain(g, c, wf, r)).ToList();

    public static IReadOnlyList<MaterialRequirement> MissingMaterials(ReviewCase c, WorkflowDefinition wf) =>
        wf.MissingMaterials(c.Metadata, c.AttachedMaterials);

    private static string Explain(GuardDefinition g, ReviewCase c, WorkflowDefinition wf, ActionRequest r) => g.Kind switch
    {
        GuardKind.RequiresConclusion when r.Conclusion is { } asked && wf.Conclusions.Contains(asked) && wf.ConclusionConditions.TryGetValue(asked, out var when) =>
            $"结论「{asked}」仅适用于{when.Describe()}（{when.Basis}），本案送审时未标明；请选择其他结论",
        GuardKind.MaterialsComplete => "送审材料不齐全，缺少：" + string.Join("、", MissingMaterials(c, wf).Select(m =>
            m.Required || m.RequiredWhen is null ? m.Label : $"{m.Label}（{m.RequiredWhen.Basis}）")),
        GuardKind.FlagSet or GuardKind.FlagNotSet => g.Describe().Replace(g.Flag!, wf.Flags.GetValueOrDefault(g.Flag!, g.Flag!)),
        GuardKind.VisitedInRound => g.Describe().Replace(g.State!, wf.StateLabel(g.State!))
            .Replace(g.IfFlag ?? "\u0000", wf.Flags.GetValueOrDefault(g.IfFlag ?? "", g.IfFlag ?? "")),
        _ => g.Describe(),
    };

    private static bool AdoptionComplete(ReviewCase c, ActionRequest r)
    {
        var issues = c.Opinion?.Issues ?? [];
        var answers = r.Adoptions ?? [];
        return issues.All(i => answers.Any(a => a.IssueNo == i.No
            && (a.Decision == AdoptionDecision.Adopted || !string.IsNullOrWhiteSpace(a.Reason))));
    }
}
