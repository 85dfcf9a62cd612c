namespace ReviewEngine.Application.Templates;

/// <summary>Values of the index's <c>type</c> field. Templates and clauses come from templates/; precedents are
/// the issues of issued review opinions (finding, clause, legal basis) and are added near-real-time.</summary>
public static class SearchDocumentTypes
{
    public const string Template = "template";
    public const string Clause = "clause";
    public const string Precedent = "precedent";
}
