using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Inbox;
using ReviewEngine.Domain.Audit;
using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Domain.Experts;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Webhooks;

namespace ReviewEngine.Application.Common;

/// <summary>The database as the use cases see it (ADR 0001: DbSets, no generic repository; state changes go through aggregates).</summary>
public interface IReviewDbContext
{
    DbSet<ReviewCase> ReviewCases { get; }
    DbSet<WorkItem> WorkItems { get; }
    DbSet<AuditEvent> AuditEvents { get; }
    DbSet<CaseDocument> CaseDocuments { get; }
    DbSet<DocumentContent> DocumentContents { get; }
    DbSet<Organisation> Organisations { get; }
    DbSet<UserAccount> UserAccounts { get; }
    DbSet<WorkflowSnapshot> WorkflowSnapshots { get; }
    DbSet<CaseFinding> CaseFindings { get; }
    DbSet<DeadlineTimer> DeadlineTimers { get; }
    DbSet<Notification> Notifications { get; }
    DbSet<OrganisationWebhook> OrganisationWebhooks { get; }
    DbSet<WebhookDelivery> WebhookDeliveries { get; }
    DbSet<Expert> Experts { get; }
    DbSet<ExpertConsultation> ExpertConsultations { get; }

    /// <summary>我的待办's read model: one row per open work item, written by every save that changes tasks or cases (ADR 0009).</summary>
    DbSet<InboxLine> InboxLines { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The case with its open work items, tracked, in one statement (so both come from the same snapshot); a compiled
    /// query, because every action and case page runs it.
    /// </summary>
    Task<ReviewCase?> FindCaseWithOpenTasksAsync(Guid caseId, CancellationToken ct);

    /// <summary>Forgets every tracked change, so a use case can start its unit of work again after losing a race.</summary>
    void DiscardChanges();

    /// <summary>
    /// Whether a failed save broke a unique key (two writers took the same audit sequence number or case number), read
    /// from the provider's error code: message text is translated on a PostgreSQL server with a Chinese lc_messages.
    /// </summary>
    bool IsUniqueViolation(DbUpdateException exception);
}
