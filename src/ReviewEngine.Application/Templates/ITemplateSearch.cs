using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Application.Templates;

/// <summary>Full-text search over the template library (one result per template, with its best clause).
/// Used by the CLI (`review templates search`) and the 范本库 page.</summary>
public interface ITemplateSearch
{
    IReadOnlyList<TemplateSearchHit> Search(TemplateSearchQuery query);

    /// <summary>Re-indexes every template of the library; precedents already in the index are kept.</summary>
    void Rebuild(TemplateLibrary library, IProgress<IndexProgress>? progress = null);
}
