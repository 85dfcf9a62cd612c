using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReviewEngine.Domain.Workflows;

// The file model (schemaVersion 1, and 2 = with tags) of workflows/<id>.json. Everything is nullable so that the
// validator, not the deserializer, reports what is missing, with a JSON path. Exempt from the
// "no public setters" architecture rule: these are data-transfer shapes, not entities.

public sealed class WorkflowFile
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }
    public int? SchemaVersion { get; set; }
    public string? Id { get; set; }
    public int? Version { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<string>? Kinds { get; set; }
    public string? InitialState { get; set; }
    public ReviewClockFile? ReviewClock { get; set; }
    public DeadlineLadderFile? DeadlineLadder { get; set; }
    public List<NamedItemFile>? Flags { get; set; }
    public List<MaterialFile>? Materials { get; set; }
    public List<string>? Conclusions { get; set; }
    public List<ConclusionConditionFile>? ConclusionsWhen { get; set; }
    public List<StateFile>? States { get; set; }
    public List<CommonActionFile>? CommonActions { get; set; }
}

public sealed class ReviewClockFile
{
    public int? WorkingDays { get; set; }
    public int? ExtensionWorkingDays { get; set; }
    public int? MinimumWorkingDays { get; set; }
    public bool? ReserveBeforeMeeting { get; set; }
}

public sealed class NamedItemFile
{
    public string? Id { get; set; }
    public string? Label { get; set; }
}

public sealed class MaterialFile
{
    public string? Id { get; set; }
    public string? Label { get; set; }
    public bool? Required { get; set; }
    public bool? ReviewedText { get; set; }
    public CaseConditionFile? RequiredWhen { get; set; }
}

/// <summary>A conclusion open only to some cases: <c>{"conclusion": "存在法律风险", "metadata": …, "in": […], "basis": …}</c>.</summary>
public sealed class ConclusionConditionFile : CaseConditionFile
{
    public string? Conclusion { get; set; }
}

public class CaseConditionFile
{
    public string? Metadata { get; set; }
    public List<string>? In { get; set; }
    public string? Basis { get; set; }
}

public sealed class StateFile
{
    public string? Id { get; set; }
    public string? Label { get; set; }
    public bool? End { get; set; }
    public List<string>? Tags { get; set; }
    public TaskFile? Task { get; set; }
    public List<NotifyFile>? Notify { get; set; }
    public List<ActionFile>? Actions { get; set; }
}

/// <summary>One <c>notify</c> entry: <c>{"to": "assignees"}</c>, <c>{"to": "submitter"}</c>, <c>{"to": "role", "role": "reviewLead", "org": "case"}</c>.</summary>
public sealed class NotifyFile
{
    public string? To { get; set; }
    public string? Role { get; set; }
    public string? Org { get; set; }
}

public sealed class TaskFile
{
    public string? Role { get; set; }
    public string? Org { get; set; }
    public string? Kind { get; set; }
    public string? Assign { get; set; }
    public string? OfState { get; set; }
    public bool? ExcludeDrafter { get; set; }
    public List<string>? ExcludeListed { get; set; }
    public List<string>? RequireQualification { get; set; }
    public DeadlineFile? Deadline { get; set; }
    public CompletionFile? Completion { get; set; }
}

public sealed class DeadlineFile
{
    public int? WorkingDays { get; set; }
}

public sealed class CompletionFile
{
    public string? Rule { get; set; }
    public int? Quorum { get; set; }
    public string? OnComplete { get; set; }
}

public class ActionFile
{
    public string? Id { get; set; }
    public string? Label { get; set; }
    public List<string>? Tags { get; set; }
    public string? To { get; set; }
    public List<string>? ToOneOf { get; set; }
    public List<string>? Roles { get; set; }
    public List<GuardFile>? Guards { get; set; }
    public string? Clock { get; set; }
    public List<string>? SetFlags { get; set; }
    public List<string>? ClearFlags { get; set; }
    public bool? NewRound { get; set; }
    public string? Records { get; set; }
    public List<NotifyFile>? Notify { get; set; }
}

public sealed class CommonActionFile : ActionFile
{
    public List<string>? From { get; set; }
}

public sealed class GuardFile
{
    public string? Guard { get; set; }
    public Dictionary<string, JsonElement>? Params { get; set; }
}

public sealed class DeadlineLadderFile
{
    public List<DeadlineRungFile>? Rungs { get; set; }

    /// <summary>备案 period in calendar days after adoption (normative documents).</summary>
    public int? FilingDays { get; set; }

    public int? FilingReminderDays { get; set; }
    public int? ValidityReminderDays { get; set; }

    /// <summary>Longest validity period (有效期) in whole years a normative document may state (default 5).</summary>
    public int? MaxValidityYears { get; set; }
}

public sealed class DeadlineRungFile
{
    public string? Rung { get; set; }
    public int? WorkingDays { get; set; }
}
