namespace ReviewEngine.Domain.Experts;

/// <summary>An expert of the pool who could not be drawn, with every reason (recorded in the case's audit trail).</summary>
public sealed record ExpertExclusion(Guid ExpertId, string Name, string Reason);
