namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>A law no longer in force, what replaced it, and (when known) the article that repealed it.</summary>
public sealed record RepealedLaw(string Name, DateOnly RepealedOn, string ReplacedBy, LegalBasis? Basis = null);
