namespace ReviewEngine.Domain.Contracts;

/// <summary>A clause as it appears in the generated contract: renumbered after omissions, placeholders filled.</summary>
public sealed record ComposedClause(string Id, int Number, string Heading, bool Locked, IReadOnlyList<string> Paragraphs);
