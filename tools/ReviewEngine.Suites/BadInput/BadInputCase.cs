namespace ReviewEngine.Suites.BadInput;

/// <summary>One malformed input: how to send it, and the group it is counted under.</summary>
public sealed record BadInputCase(string Group, string Name, Func<Task<Verdict>> Run);

/// <summary>What came back: the outcome label counted in the summary, and whether that is an acceptable answer.</summary>
public sealed record Verdict(string Outcome, bool Passed, string Detail);
