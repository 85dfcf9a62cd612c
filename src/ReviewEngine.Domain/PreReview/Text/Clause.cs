namespace ReviewEngine.Domain.PreReview.Text;

/// <summary>
/// A segment of the document. Label is the article label as written (第五条, 三, 三（一）) or the pseudo-clause
/// name (标题, 当事人, 序言, 鉴于, 落款). TopLabel is the enclosing top-level article for sub-items.
/// </summary>
public sealed record Clause(string Label, string TopLabel, ClauseRole Role, int Start, int End, string Text)
{
    public const string TitleLabel = "标题";
    public const string PartiesLabel = "当事人";
    public const string PreambleLabel = "序言";
    public const string RecitalLabel = "鉴于";
    public const string SignatureLabel = "落款";
    public const string WholeDocumentLabel = "全文";
    public const string MetaLabel = "meta";
}
