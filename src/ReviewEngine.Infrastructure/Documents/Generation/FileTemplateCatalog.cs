using ReviewEngine.Application.Contracts;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>Templates read from the templates/ folder on first use (the checkout's, unless a folder is given).</summary>
public sealed class FileTemplateCatalog(string? templatesDirectory = null) : ITemplateCatalog
{
    private readonly Lazy<TemplateLibrary> _library = new(() => TemplateLoader.LoadLibrary(RepositoryLocator.TemplatesDirectory(templatesDirectory)));

    public ContractTemplate? Find(string templateId) => _library.Value.Find(templateId);
}
