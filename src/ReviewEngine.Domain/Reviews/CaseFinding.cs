namespace ReviewEngine.Domain.Reviews;

/// <summary>
/// One 智能预审 finding on one round's main document. The machine only proposes: the reviewer confirms or dismisses
/// each finding with a reason, and confirmed findings pre-fill the opinion's issues.
/// </summary>
public sealed class CaseFinding
{
    private CaseFinding()
    {
        RuleId = Title = Severity = Curability = Clause = Excerpt = Basis = Explanation = Suggestion = DocumentSha256 = "";
    }

    public CaseFinding(Guid caseId, int round, string documentSha256, string ruleId, string title, string severity, string curability,
        string clause, int start, int end, string excerpt, string basis, string explanation, string suggestion)
    {
        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Round = round;
        DocumentSha256 = documentSha256;
        RuleId = ruleId;
        Title = title;
        Severity = severity;
        Curability = curability;
        Clause = clause;
        Start = start;
        End = end;
        Excerpt = excerpt;
        Basis = basis;
        Explanation = explanation;
        Suggestion = suggestion;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public int Round { get; private set; }
    public string DocumentSha256 { get; private set; }
    public string RuleId { get; private set; }
    public string Title { get; private set; }
    public string Severity { get; private set; }
    public string Curability { get; private set; }
    public string Clause { get; private set; }
    public int Start { get; private set; }
    public int End { get; private set; }
    public string Excerpt { get; private set; }
    public string Basis { get; private set; }
    public string Explanation { get; private set; }
    public string Suggestion { get; private set; }
    public FindingStatus Status { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? DecisionReason { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }

    internal void Decide(bool confirm, string? reason, string userId, DateTime nowUtc)
    {
        Status = confirm ? FindingStatus.Confirmed : FindingStatus.Dismissed;
        DecisionReason = reason;
        DecidedBy = userId;
        DecidedAtUtc = nowUtc;
    }
}

public enum FindingStatus
{
    Open,
    Confirmed,
    Dismissed,
}
