namespace ReviewEngine.Domain.Contracts;

/// <summary>How one clause of a submitted contract compares with the standard template.</summary>
public sealed record ClauseDifference(
    string? ClauseId,
    string Heading,
    ClauseDifferenceKind Kind,
    bool Locked,
    string? TemplateText,
    string? SubmittedText);
