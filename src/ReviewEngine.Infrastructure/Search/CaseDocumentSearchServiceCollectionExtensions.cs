using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Application.Signing;

namespace ReviewEngine.Infrastructure.Search;

/// <summary>Registers the full-text index of case documents in <paramref name="indexDirectory"/> (one writer per
/// process), the rebuild/catch-up use case, and (for the app) the background pass that keeps it in step with the database.</summary>
public static class CaseDocumentSearchServiceCollectionExtensions
{
    public static IServiceCollection AddCaseDocumentSearch(this IServiceCollection services, string indexDirectory, bool keepInStep = true)
    {
        services.AddSingleton(sp => new LuceneCaseDocumentIndex(indexDirectory, sp.GetRequiredService<IDocumentTextReader>(),
            sp.GetService<ILogger<LuceneCaseDocumentIndex>>()));
        services.AddSingleton<ICaseDocumentIndex>(sp => sp.GetRequiredService<LuceneCaseDocumentIndex>());
        services.AddScoped<RebuildCaseDocumentIndexHandler>();
        if (keepInStep)
        {
            services.AddHostedService<CaseDocumentIndexSync>();
        }

        return services;
    }
}
