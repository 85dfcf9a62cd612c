namespace ReviewEngine.Domain.PreReview;

/// <summary>
/// One rule hit. Start/End are character offsets into the analysed text (End exclusive). Replacement, when the rule
/// has one, is lawful text to put in place of the clause (it is also quoted at the end of Suggestion).
/// </summary>
public sealed record Finding(
    string RuleId,
    string Title,
    FindingSeverity Severity,
    Curability Curability,
    string Clause,
    int Start,
    int End,
    string Excerpt,
    string Basis,
    string Explanation,
    string Suggestion,
    string? Replacement = null);
