using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReviewEngine.Application.Contracts;
using ReviewEngine.Application.Opinions;

namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>Generated documents (issue 5): contract writer, opinion letters issued at approval, generate-and-submit
/// and the clause comparison for the case page.</summary>
public static class DocumentServices
{
    /// <param name="templatesDirectory">The templates/ folder; by default the checkout's.</param>
    public static IServiceCollection AddReviewEngineDocuments(this IServiceCollection services, string? templatesDirectory = null)
    {
        services.TryAddSingleton(new OpinionLetterOptions());
        services.TryAddSingleton(new ContractNumberOptions());
        services.AddScoped<ContractNumberAssigner>();
        services.TryAddSingleton<ITemplateCatalog>(new FileTemplateCatalog(templatesDirectory));
        services.AddSingleton<IDocumentTextReader, DocumentTextReader>();
        services.AddSingleton<IContractDocumentWriter, ContractDocxWriter>();
        services.AddSingleton<IOpinionLetterRenderer, OpinionLetterDocxWriter>();
        services.TryAddSingleton<IDocumentPdfConverter, LibreOfficePdfConverter>();
        services.AddScoped<OpinionLetterComposer>();
        services.AddScoped<OpinionLetterIssuer>();
        services.AddScoped<RenderOpinionLetterHandler>();
        services.AddScoped<PreviewOpinionLetterHandler>();
        services.AddScoped<GenerateAndSubmitContractHandler>();
        services.AddScoped<GetClauseDifferencesHandler>();
        return services;
    }
}
