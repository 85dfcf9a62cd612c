using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Audit;
using ReviewEngine.Application.CaseFiles;
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

namespace ReviewEngine.Application;

/// <summary>The use cases and their helpers, one scoped instance per request. The ports they need (the database, the
/// workflow catalog, the upload inspector, documents) are registered by Infrastructure, which calls this.</summary>
public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddSingleton<WorkflowDefinitionCache>();
        services.AddScoped<PinnedWorkflows>();
        services.AddScoped<ViewerResolver>();
        services.AddScoped<ActorResolver>();
        services.AddScoped<SubmitCaseHandler>();
        services.AddScoped<PerformCaseActionHandler>();
        services.AddScoped<ManageTaskHandler>();
        services.AddScoped<GetCaseDetailsHandler>();
        services.AddScoped<GetCaseDocumentHandler>();
        services.AddScoped<SearchCasesHandler>();
        services.AddScoped<GetInboxHandler>();
        services.AddScoped<GetSupervisionBoardHandler>();
        services.AddScoped<ListTownshipsHandler>();
        services.AddScoped<VerifyAuditChainsHandler>();
        services.AddScoped<Signing.SignedTextCheck>();
        services.AddScoped<PreReviewOnUpload>();
        services.AddScoped<DecideFindingHandler>();
        services.AddScoped<RerunPreReviewHandler>();
        services.AddScoped<PlanDeadlineTimersHandler>();
        services.AddScoped<FireDeadlineTimerHandler>();
        services.AddScoped<GetNotificationsHandler>();
        services.AddScoped<MarkNotificationsReadHandler>();
        services.AddScoped<ListCasesHandler>();
        services.AddScoped<GetCaseFileHandler>();
        services.AddScoped<FindCaseByReferenceHandler>();
        services.AddScoped<GetReviewStatisticsHandler>();
        services.AddScoped<ManageWebhooksHandler>();
        services.AddScoped<GetNormativeDocumentsHandler>();
        services.AddScoped<SendNormativeRemindersHandler>();
        services.AddScoped<ImportExpertsHandler>();
        services.AddScoped<DrawExpertsHandler>();
        services.AddScoped<CaseDraws>();
        services.AddScoped<ExpertPanels>();
        services.AddScoped<DeclineConsultationHandler>();
        services.AddScoped<CompleteOverdueConsultationsHandler>();
        services.AddScoped<GetConsultationsHandler>();
        services.AddScoped<ManageExpertsHandler>();
        return services;
    }
}
