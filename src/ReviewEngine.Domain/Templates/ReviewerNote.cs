namespace ReviewEngine.Domain.Templates;

/// <summary>A note to reviewers on one clause: what the clause guards against, named by §7.8 checklist rule ids.</summary>
public sealed record ReviewerNote(IReadOnlyList<string> RuleIds, string Text);
