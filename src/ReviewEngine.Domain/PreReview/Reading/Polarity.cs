namespace ReviewEngine.Domain.PreReview.Reading;

/// <summary>Whether the act a clause names is done or negated (forbidden, refused, excluded, waived).</summary>
public enum Polarity
{
    Affirmed,
    Negated,
}
