namespace ReviewEngine.Domain.Experts;

/// <summary>An organisation or person an expert must not be connected with, and why it matters (起草单位, 相对人, 审查人员 …).</summary>
/// <param name="UserId">For people with an account (the reviewer, the lawyer): an expert linked to this account is excluded.</param>
public sealed record ExcludedParty(string Name, string Role, string? UserId = null);
