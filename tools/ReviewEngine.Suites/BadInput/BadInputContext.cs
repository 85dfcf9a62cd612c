namespace ReviewEngine.Suites.BadInput;

/// <summary>The data the suite creates before the malformed inputs: a case in registration with its open task, and one of the other township.</summary>
public sealed record BadInputContext(Guid CaseId, long Version, Guid TaskId, Guid OtherTownshipCaseId, string WorkDirectory);
