using ReviewEngine.Domain.PreReview.Rules;
using ReviewEngine.Domain.PreReview.Text;

namespace ReviewEngine.Domain.PreReview;

/// <summary>
/// C-TYPE-01: subtype from the form, else from the title cues of the rule files; nature from the subtype when
/// the subtype decides it (征收补偿 is always 行政协议, 租赁 always civil), else from the submitted kind.
/// </summary>
internal static class ContractClassifier
{
    public static (string? Subtype, ContractNature Nature) Classify(PreReviewInput input, IReadOnlyList<Clause> clauses, RuleSet rules)
    {
        var kindNature = input.Kind switch
        {
            PreReviewKind.AdminAgreement => ContractNature.Administrative,
            PreReviewKind.AgencyCivilContract => ContractNature.Civil,
            _ => ContractNature.None,
        };
        if (kindNature == ContractNature.None)
        {
            return (input.Meta.Subtype, ContractNature.None);
        }
        var title = clauses.FirstOrDefault(c => c.Role == ClauseRole.Title)?.Text ?? string.Empty;
        var fromMeta = FromMeta(input.Meta.Subtype, rules);
        var fromTitle = rules.Subtypes.FirstOrDefault(s => s.Cues.Any(r => r.IsMatch(title)))
            ?? rules.Subtypes.FirstOrDefault(s => s.Cues.Any(r => r.IsMatch(input.Title)));
        // The nature is what is agreed, not the label: a matter filed as an administrative agreement whose title names
        // an administrative subtype (…淹没区农房收购合同: an expropriation by purchase) stays administrative although the
        // form calls it a civil sale (行政协议规定第一条、第二条).
        var contentWins = fromMeta is { Nature: ContractNature.Civil } && kindNature == ContractNature.Administrative
            && fromTitle is { Nature: ContractNature.Administrative };
        var cue = contentWins ? fromTitle : fromMeta ?? fromTitle;
        // A form's own wording of a known subtype (征收补偿（补充协议）, 特许经营（委托经营）) is that subtype: the
        // rules that apply to it are named by the canonical name.
        var subtype = contentWins ? fromTitle!.Name : fromMeta?.Name ?? input.Meta.Subtype ?? cue?.Name;
        var nature = cue is { Nature: not ContractNature.None } ? cue.Nature : kindNature;
        // What the articles agree decides against a civil label (行政协议规定第一条): township support granted for an
        // investment, or public resources handed over to run and charge for, make an administrative agreement.
        if (nature != ContractNature.Administrative && AdministrativeByContent(clauses, rules) is { } byContent)
        {
            return (byContent.Name, ContractNature.Administrative);
        }
        return (subtype, nature);
    }

    private static SubtypeCue? AdministrativeByContent(IReadOnlyList<Clause> clauses, RuleSet rules)
    {
        var articles = string.Join("\n", clauses.Where(c => c.Role is ClauseRole.Article or ClauseRole.Preamble or ClauseRole.Recital).Select(c => c.Text));
        return rules.Subtypes.FirstOrDefault(s => s.Nature == ContractNature.Administrative
            && s.Content.Any(group => group.Count > 0 && group.All(r => r.IsMatch(articles))));
    }

    private static SubtypeCue? FromMeta(string? subtype, RuleSet rules) =>
        string.IsNullOrWhiteSpace(subtype) ? null
            : rules.Subtypes.FirstOrDefault(s => s.Name == subtype)
                ?? rules.Subtypes.FirstOrDefault(s => subtype.Contains(s.Name, StringComparison.Ordinal))
                ?? rules.Subtypes.FirstOrDefault(s => s.Cues.Any(r => r.IsMatch(subtype)));
}
