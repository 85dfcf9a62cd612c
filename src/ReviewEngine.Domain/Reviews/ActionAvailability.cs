namespace ReviewEngine.Domain.Reviews;

/// <summary>One action as a user sees it: enabled, or disabled with the reasons (guard texts) why not.</summary>
public sealed record ActionAvailability(
    string ActionId,
    string Label,
    IReadOnlyList<string> Targets,
    bool Available,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Inputs);
