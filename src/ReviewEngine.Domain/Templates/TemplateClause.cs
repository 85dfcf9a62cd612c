namespace ReviewEngine.Domain.Templates;

/// <summary>One clause (条) of a template. Locked clauses are mandatory and may not be edited when a contract is
/// generated; optional clauses may be left out. Paragraphs keep their <c>{{field}}</c> placeholders.</summary>
public sealed record TemplateClause(
    string Id,
    int Number,
    string Heading,
    bool Locked,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<ReviewerNote> ReviewerNotes)
{
    public string Text => string.Join("\n", Paragraphs);

    public IReadOnlyList<string> Placeholders => Paragraphs.SelectMany(Placeholder.Names).Distinct().ToList();
}
