namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>A law (or regulation, rule, judicial interpretation) and the article relied on.</summary>
public sealed record LegalBasis(string Law, string Article)
{
    public override string ToString() => $"《{Law}》{Article}";
}
