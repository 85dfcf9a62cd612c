using ReviewEngine.Domain.Templates;
using ReviewEngine.Infrastructure.Search;

namespace ReviewEngine.Infrastructure.Tests.Search;

/// <summary>The real templates/ indexed once per test class into a temporary folder.</summary>
public sealed class TemplateIndexFixture : IDisposable
{
    public TemplateIndexFixture()
    {
        Library = TemplateLoader.LoadLibrary(RepositoryLocator.TemplatesDirectory());
        IndexPath = Path.Combine(Path.GetTempPath(), "re-tpl-index-" + Guid.NewGuid().ToString("N"));
        Index = LuceneTemplateIndex.Open(IndexPath, Library);
    }

    public TemplateLibrary Library { get; }

    public string IndexPath { get; }

    public LuceneTemplateIndex Index { get; }

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(IndexPath, recursive: true);
    }
}
