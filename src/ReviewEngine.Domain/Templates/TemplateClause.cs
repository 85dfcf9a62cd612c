namespace ReviewEngine.Domain.Templates;

/// <summary>One clause (条) of a template. Locked clauses are mandatory and may not be edited when a contract is
/// generated; optional clauses may be left out. Paragraphs keep their <c>{{field}}</c> placeholders.
/// The clause with id <see cref="PartyBlockId"/> is the party block: a contract prints it under the title, unnumbered
/// (甲方：… 乙方：…), and 第一条 is the first clause after it; its <see cref="Number"/> is 0.</summary>
public sealed record TemplateClause(
    string Id,
    int Number,
    string Heading,
    bool Locked,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<ReviewerNote> ReviewerNotes)
{
    public const string PartyBlockId = "parties";

    public bool IsPartyBlock => Id == PartyBlockId;

    /// <summary>How a reader names the clause: 第三条, or 当事人 for the party block.</summary>
    public string Label => IsPartyBlock ? "当事人" : $"第{Contracts.ChineseNumerals.Of(Number)}条";

    public string Text => string.Join("\n", Paragraphs);

    public IReadOnlyList<string> Placeholders => Paragraphs.SelectMany(Placeholder.Names).Distinct().ToList();
}
