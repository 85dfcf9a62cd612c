namespace ReviewEngine.Domain.Templates;

/// <summary>All templates loaded from one templates/ folder, with the content hash of its sources
/// (the search index is rebuilt when the hash changes).</summary>
public sealed class TemplateLibrary(string directory, IReadOnlyList<ContractTemplate> templates, string sourceHash)
{
    public const string SynonymsFileName = "synonyms.txt";

    public string Directory { get; } = directory;

    public IReadOnlyList<ContractTemplate> Templates { get; } = templates;

    public string SourceHash { get; } = sourceHash;

    public string SynonymsFile => Path.Combine(Directory, SynonymsFileName);

    /// <summary>The template with this id, or whose former id this is (a renamed template keeps its old id as an alias).</summary>
    public ContractTemplate? Find(string id) => Templates.FirstOrDefault(t => t.Id == id) ?? Templates.FirstOrDefault(t => t.FormerIds.Contains(id));
}
