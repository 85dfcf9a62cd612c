using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Templates;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Infrastructure.Search;

/// <summary>Registers the template library and its search index for the web app: one
/// <see cref="LuceneTemplateIndex"/> per process (it owns the IndexWriter), exposed as
/// <see cref="ITemplateSearch"/> and <see cref="IPrecedentIndex"/>. Opening it rebuilds the index when the
/// template sources changed; <see cref="PrecedentSyncService"/> fills in the precedents from the database. The container disposes it on shutdown, which commits and releases write.lock.</summary>
public static class TemplateSearchServiceCollectionExtensions
{
    /// <param name="templatesDirectory">templates/ folder; default: &lt;repo&gt;/templates.</param>
    /// <param name="indexDirectory">index folder; default: &lt;repo&gt;/data/index.</param>
    public static IServiceCollection AddTemplateSearch(this IServiceCollection services,
        string? templatesDirectory = null, string? indexDirectory = null)
    {
        services.AddSingleton(_ => TemplateLoader.LoadLibrary(RepositoryLocator.TemplatesDirectory(templatesDirectory)));
        services.AddSingleton(sp => LuceneTemplateIndex.Open(
            indexDirectory ?? Path.Combine(RepositoryLocator.DataDirectory(), "index"), sp.GetRequiredService<TemplateLibrary>()));
        services.AddSingleton<ITemplateSearch>(sp => sp.GetRequiredService<LuceneTemplateIndex>());
        services.AddSingleton<IPrecedentIndex>(sp => sp.GetRequiredService<LuceneTemplateIndex>());
        services.AddScoped<SyncPrecedentsHandler>();
        services.AddScoped<SearchPrecedentsHandler>();
        services.AddHostedService<PrecedentSyncService>();
        return services;
    }
}
