using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReviewEngine.Application;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Audit;
using ReviewEngine.Application.CaseFiles;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Deadlines;
using ReviewEngine.Application.Experts;
using ReviewEngine.Application.Inbox;
using ReviewEngine.Application.Normative;
using ReviewEngine.Application.Notifications;
using ReviewEngine.Application.Organisations;
using ReviewEngine.Application.PreReview;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Application.Statistics;
using ReviewEngine.Application.Supervision;
using ReviewEngine.Application.Webhooks;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Infrastructure.CaseFiles;
using ReviewEngine.Infrastructure.Deadlines;
using ReviewEngine.Infrastructure.Documents;
using ReviewEngine.Infrastructure.Documents.Generation;
using ReviewEngine.Infrastructure.Identity;
using ReviewEngine.Infrastructure.Persistence;
using ReviewEngine.Infrastructure.PreReview;
using ReviewEngine.Infrastructure.Statistics;
using ReviewEngine.Infrastructure.Webhooks;
using ReviewEngine.Infrastructure.Workflows;

namespace ReviewEngine.Infrastructure;

/// <summary>The composition of everything below the host: database, workflow catalog, ports, and the use cases (<see cref="Application.DependencyInjection.AddApplication"/>).</summary>
public static class DependencyInjection
{
    public static IServiceCollection AddReviewEngine(this IServiceCollection services, DatabaseOptions database, string workflowsDirectory)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IWorkflowCatalog>(_ => FileWorkflowCatalog.Load(workflowsDirectory));
        services.AddReviewDatabase(database);
        services.AddScoped<IReviewDbContext>(sp => sp.GetRequiredService<ReviewDbContext>());
        services.AddApplication();
        // The host registers its own with the configured size limit (ReviewEngine:MaxUploadMegabytes); the CLI gets this one.
        services.TryAddSingleton(new UploadInspector(DocumentUpload.MaxBytes));
        services.AddSingleton<IUploadInspector>(sp => sp.GetRequiredService<UploadInspector>());
        services.AddScoped<UserAdministration>();
        services.AddScoped<Persistence.ReadModels.ReadModelRebuilder>();
        services.AddMemoryCache();
        // The signed-in person per request, from this node's cache while the change counters say it holds (ADR 0016).
        services.AddSingleton<ViewerCache>();
        services.AddScoped<SignedInAccount>();
        services.AddSingleton<IPreReviewAnalyzer, PreReviewAnalyzer>();
        services.AddSingleton<Application.Signing.IDocumentTextReader, Documents.DocumentTextReader>();
        services.AddReviewEngineDocuments();
        services.AddScoped<CaseFileExporter>();
        services.AddSingleton<IStatisticsWorkbookWriter, StatisticsWorkbookWriter>();
        services.AddSingleton<DeadlineProcessor>();
        services.AddOptions<DeadlineOptions>();
        services.AddHostedService<DeadlineTimerService>();
        services.AddOptions<WebhookOptions>();
        services.AddHttpClient(WebhookOptions.HttpClientName);
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService<WebhookDeliveryService>();
        services.AddSingleton(new Domain.Experts.DrawRules());
        services.AddReviewEngineIdentityStore();
        return services;
    }
}
