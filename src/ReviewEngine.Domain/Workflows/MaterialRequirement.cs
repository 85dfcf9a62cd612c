namespace ReviewEngine.Domain.Workflows;

/// <summary>A material (送审材料) the submission should carry; required ones gate acceptance.</summary>
public sealed record MaterialRequirement(string Id, string Label, bool Required);
