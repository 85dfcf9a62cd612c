using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Web.Api;

/// <summary>POST /api/cases/{id}/actions. Which fields are needed depends on the action's guards (see GET /api/cases/{id}).
/// 专家论证: <c>fields</c> (and optionally <c>seed</c>) draw the panel; an expert's answer takes <c>verdict</c> (agree /
/// agreeWithChanges / disagree) with the comment as the opinion text and <c>points</c>. Approving an opinion may send
/// <c>previewSha256</c>, the hash of the previewed letter: the approval is refused if the letter changed since.
/// 补正 in one trip: the request takes <c>checklist</c> (material ids) and <c>checklistOther</c> (free text); the answer takes
/// <c>documents</c> (each with the <c>materialId</c> of the item it answers, <c>other</c> for the free-text item) and
/// <c>supplementReason</c> when items are left unanswered. <c>documentBase64</c> still sends one file, first.</summary>
public sealed record CaseActionRequest(
    string ActionId,
    string? Target = null,
    string? Comment = null,
    string? Conclusion = null,
    IReadOnlyList<string>? Assignees = null,
    IReadOnlyList<OpinionIssue>? Issues = null,
    IReadOnlyList<IssueAdoption>? Adoptions = null,
    long? ExpectedVersion = null,
    string? DocumentName = null,
    string? DocumentBase64 = null,
    string? MaterialId = null,
    IReadOnlyList<string>? Fields = null,
    string? Verdict = null,
    IReadOnlyList<string>? Points = null,
    long? Seed = null,
    Dictionary<string, string>? Record = null,
    string? PreviewSha256 = null,
    IReadOnlyList<UploadedDocument>? Documents = null,
    IReadOnlyList<string>? Checklist = null,
    string? ChecklistOther = null,
    string? SupplementReason = null)
{
    public ActionRequest ToActionRequest() => new(ActionId, Target, Comment, Conclusion, null, Assignees, Issues, Adoptions)
    {
        Record = Record,
        PreviewSha256 = string.IsNullOrWhiteSpace(PreviewSha256) ? null : PreviewSha256.Trim(),
        Supplement = SupplementOf(Checklist, ChecklistOther, SupplementReason),
    };

    /// <summary>The checklist asked for (material ids plus the free-text item), or only the reason of an answer.</summary>
    public static SupplementInput? SupplementOf(IReadOnlyList<string>? checklist, string? other, string? reason)
    {
        var items = (checklist ?? []).Select(id => new SupplementItem(id, id)).ToList();
        if (!string.IsNullOrWhiteSpace(other))
        {
            items.Add(new SupplementItem(SupplementItem.OtherId, other));
        }

        return items.Count == 0 && string.IsNullOrWhiteSpace(reason) ? null : new SupplementInput(items, null, reason);
    }
}

/// <summary>The answer to POST /api/cases/{id}/actions: the case after the action.</summary>
public sealed record CaseActionResult(Guid Id, string State, long Version, int Round)
{
    public static CaseActionResult From(ReviewCase c) => new(c.Id, c.State, c.Version, c.Round);
}

/// <summary>The answer to POST /api/cases/{id}/tasks/{taskId}/{operation}: the case after the claim, release or reassignment.</summary>
public sealed record CaseTaskResult(Guid Id, string State, long Version)
{
    public static CaseTaskResult From(ReviewCase c) => new(c.Id, c.State, c.Version);
}

/// <summary>POST /api/cases/{id}/consultation/decline: an invited expert declines with a reason.</summary>
public sealed record DeclineConsultationRequest(string? Reason = null, long? ExpectedVersion = null);

public sealed record TaskOperationRequest(string? ToUserId = null, string? Reason = null, long? ExpectedVersion = null);

public sealed record LoginRequest(string UserName, string Password);

public sealed record CaseView(
    Guid Id, string Number, string Title, string Kind, string TownshipId, string State, string StateLabel, int Round, long Version,
    string? DueOn, bool DueProvisional, bool ClockPaused, int? RemainingWorkingDays, string? Conclusion,
    IReadOnlyList<TaskView> OpenTasks, IReadOnlyList<ActionAvailabilityView> Actions, IReadOnlyList<EventView> Timeline, IReadOnlyList<DocumentView> Documents,
    Domain.Signing.SigningRecord? Signing = null, Domain.Normative.DeliberationRecord? Deliberation = null, Domain.Normative.PublicationRecord? Publication = null,
    Domain.Normative.FilingRecord? Filing = null, OpinionView? Opinion = null, SupplementView? Supplement = null);

/// <summary>The latest 补正 checklist: each item, whether it was answered and by which files; the drafter's reason for the rest.</summary>
public sealed record SupplementView(IReadOnlyList<SupplementItemView> Items, bool Answered, string? Reason);

public sealed record SupplementItemView(string Id, string Label, bool Answered, IReadOnlyList<string> FileNames);

/// <summary>The current round's opinion with the drafter's per-issue adoption answers (issue 17 item 5).</summary>
public sealed record OpinionView(string Conclusion, bool Approved, IReadOnlyList<OpinionIssueView> Issues);

/// <param name="Adoption">adopted / partiallyAdopted / notAdopted, null until the drafter answered.</param>
public sealed record OpinionIssueView(int No, string Clause, string Finding, string LegalBasis, string RequiredChange, string? Severity,
    string? Adoption, string? AdoptionLabel, string? AdoptionReason);

public sealed record TaskView(Guid Id, string Role, string? AssigneeId, string? AssigneeName, string? DueOn);

public sealed record ActionAvailabilityView(string ActionId, string Label, IReadOnlyList<string> Targets, bool Available, IReadOnlyList<string> Reasons, IReadOnlyList<string> Inputs, string ActingRole);

public sealed record EventView(int Sequence, DateTime OccurredAtUtc, string Actor, string Role, string Action, string FromState, string ToState, string? Comment, string? DocumentSha256);

public sealed record DocumentView(Guid Id, int Round, string FileName, string Purpose, string? MaterialId, string Sha256, long Size, DateTime UploadedAtUtc);
