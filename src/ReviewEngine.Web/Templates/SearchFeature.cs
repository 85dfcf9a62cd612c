using ReviewEngine.Infrastructure.Search;

namespace ReviewEngine.Web.Templates;

/// <summary>The two full-text indexes: the contract template library (范本库) and case documents (案件查询's 材料全文).</summary>
public static class SearchFeature
{
    public static IServiceCollection AddSearchFeature(this IServiceCollection services, IConfiguration config, string dataDirectory)
    {
        services.AddTemplateSearch(config["ReviewEngine:TemplatesDirectory"], Path.Combine(dataDirectory, "index"));
        // Full text of case documents, its own folder beside the template index; rebuilt at start when empty.
        services.AddCaseDocumentSearch(config["ReviewEngine:CaseIndexDirectory"] ?? Path.Combine(dataDirectory, "case-index"));
        return services;
    }
}
