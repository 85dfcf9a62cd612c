namespace ReviewEngine.Domain.Reviews;

/// <summary>What the actor submits with an action. Which parts are required is decided by the action's guards.</summary>
public sealed record ActionRequest(
    string ActionId,
    string? Target = null,
    string? Comment = null,
    string? Conclusion = null,
    DocumentInput? Document = null,
    IReadOnlyList<string>? Assignees = null,
    IReadOnlyList<OpinionIssue>? Issues = null,
    IReadOnlyList<IssueAdoption>? Adoptions = null)
{
    /// <summary>Used when listing actions: input guards count as met, since the input is asked for afterwards.</summary>
    internal bool IsProbe { get; init; }

    /// <summary>The answer-by date of the tasks this action creates (an expert panel's deadline); else the workflow's.</summary>
    public DateOnly? TaskDueOn { get; init; }

    /// <summary>
    /// The fields of a record an action writes (records: signing / deliberation / publication / filing), by key:
    /// signedOn, signatories; meetingOn, meetingName, outcome; publishedOn, documentNumber, channel; filedOn, filedWith.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Record { get; init; }

    /// <summary>For 签订: the attached text compared with the reviewed text, by the application (which can read files).</summary>
    public Signing.TextComparison? TextCheck { get; init; }

    /// <summary>The SHA-256 of the 审查意见书 the approver previewed; approval is refused when the letter it would issue
    /// now differs (the case changed after the preview).</summary>
    public string? PreviewSha256 { get; init; }

    /// <summary>Further documents sent with the action, after <see cref="Document"/> (补正 answered in one trip).</summary>
    public IReadOnlyList<DocumentInput>? MoreDocuments { get; init; }

    /// <summary>补正: the checklist asked for, or the answer to it (<see cref="SupplementInput"/>).</summary>
    public SupplementInput? Supplement { get; init; }

    internal static ActionRequest Probe(string actionId, string? target) => new(actionId, target) { IsProbe = true };
}

/// <summary>A document attached to an action (送审稿, 补正材料, 律师意见, 修改稿 …), already hashed.</summary>
public sealed record DocumentInput(string FileName, string ContentType, string Sha256, long Size, string? MaterialId = null, string? Purpose = null);
