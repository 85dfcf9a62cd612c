namespace ReviewEngine.Domain.Contracts;

/// <summary>A clause as it appears in the generated contract: renumbered after omissions, placeholders filled.
/// <see cref="Breakdown"/> is the itemised table of a total this clause states (项目, 金额), last row 合计.</summary>
public sealed record ComposedClause(string Id, int Number, string Heading, bool Locked, IReadOnlyList<string> Paragraphs,
    IReadOnlyList<KeyValuePair<string, string>>? Breakdown = null);
