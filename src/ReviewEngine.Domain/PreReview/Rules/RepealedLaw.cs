namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>A law no longer in force and what replaced it.</summary>
public sealed record RepealedLaw(string Name, DateOnly RepealedOn, string ReplacedBy);
