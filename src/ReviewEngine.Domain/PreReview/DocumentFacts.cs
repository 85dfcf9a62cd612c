using ReviewEngine.Domain.PreReview.Text;

namespace ReviewEngine.Domain.PreReview;

/// <summary>Metadata merged from the submission form and, where missing, inferred from the text.</summary>
public sealed record DocumentFacts
{
    public DateOnly? DraftedOn { get; init; }
    public DateOnly? EffectiveOn { get; init; }

    /// <summary>自印发/发布之日起施行: in force on issue, so the drafting date stands in for the effective date.</summary>
    public bool EffectiveOnIssue { get; init; }

    public Clause? EffectiveClause { get; init; }
    public bool ValidityStated { get; init; }
    public decimal? ValidityYears { get; init; }
    public Clause? ValidityClause { get; init; }

    /// <summary>Issuing-body candidates with where they were found (落款, 标题, meta).</summary>
    public IReadOnlyList<(string Name, string Label)> Issuers { get; init; } = [];

    public IReadOnlyList<Party> Parties { get; init; } = [];

    /// <summary>The first agency-side party listed (the one acting in its own name).</summary>
    public Party? LeadAgency { get; init; }

    public string? Subtype { get; init; }
    public ContractNature Nature { get; init; }
}
