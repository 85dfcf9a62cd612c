namespace ReviewEngine.Suites.Crash;

/// <summary>What the client saw acknowledged (a 2xx): the case, the action (or "submit"), the version returned, and the documents it carried.</summary>
public sealed record Acknowledgement(Guid CaseId, string Action, long Version, IReadOnlyList<string> DocumentSha256);
