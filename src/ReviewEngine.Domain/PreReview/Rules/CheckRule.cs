namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>One machine-checkable checklist item (domain.md §7.7/§7.8), loaded from a rule file.</summary>
public sealed record CheckRule
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required IReadOnlySet<PreReviewKind> Kinds { get; init; }
    public ContractNature Nature { get; init; } = ContractNature.None;
    public IReadOnlyList<string> Subtypes { get; init; } = [];
    public IReadOnlyList<string> ExcludeSubtypes { get; init; } = [];
    public required FindingSeverity Severity { get; init; }
    public required Curability Curability { get; init; }
    public required IReadOnlyList<LegalBasis> Basis { get; init; }
    public required string Explanation { get; init; }
    public required string Suggestion { get; init; }
    public required IReadOnlyList<Detector> Detectors { get; init; }

    /// <summary>A violating example and the lawful text that replaces it (issue 15 item 5); tested for every rule.</summary>
    public RuleRewrite? Rewrite { get; init; }

    /// <summary>Rules that look at other rules' findings run in a second pass.</summary>
    public bool DependsOnOtherRules => Detectors.Any(d => d.WithRules.Count > 0 || d.SubsumedBy.Count > 0);

    public string BasisText => string.Join("；", Basis.Select(b => b.ToString()));
}

/// <summary>
/// A rule's lawful rewrite: <see cref="Replacement"/> put in place of the flagged clause passes the rule.
/// {agency} and {counterparty} stand for the parties' role labels as the document names them (甲方, 乙方).
/// <see cref="Document"/> (with {clause}) and <see cref="Meta"/> give the example its context for the test.
/// </summary>
public sealed record RuleRewrite(string Example, string Replacement, string? Document, PreReviewKind? Kind, PreReviewMeta Meta)
{
    public string ReplacementFor(IReadOnlyList<Text.Party> parties)
    {
        var agency = parties.FirstOrDefault(p => p.IsAgency && p.Role != Text.Clause.MetaLabel);
        var counterparty = parties.FirstOrDefault(p => !p.IsAgency);
        return Replacement
            .Replace("{agency}", agency is null ? "甲方" : Text.PartyParser.StripNotes(agency.Role), StringComparison.Ordinal)
            .Replace("{counterparty}", counterparty is null ? "乙方" : Text.PartyParser.StripNotes(counterparty.Role), StringComparison.Ordinal);
    }
}
