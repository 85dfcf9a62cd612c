namespace ReviewEngine.Application.PreReview;

/// <summary>智能预审 of one document (text extracted from .docx or plain text) against the checklist rules.</summary>
public interface IPreReviewAnalyzer
{
    PreReviewOutcome Analyze(string kind, string title, string fileName, byte[] content, IReadOnlyDictionary<string, string> metadata);

    /// <summary>The checklist title of a rule (statistics name a rule by it), or null for an id no rule file has.</summary>
    string? RuleTitle(string ruleId);
}

/// <summary>The suggested conclusion and findings, or — when <see cref="Problem"/> is set — why the pre-review did not
/// finish (then there is neither).</summary>
public sealed record PreReviewOutcome(string Conclusion, IReadOnlyList<PreReviewHit> Findings, string? Problem = null)
{
    public static PreReviewOutcome NotCompleted(string problem) => new("", [], problem);
}

public sealed record PreReviewHit(string RuleId, string Title, string Severity, string Curability, string Clause, int Start, int End,
    string Excerpt, string Basis, string Explanation, string Suggestion);
