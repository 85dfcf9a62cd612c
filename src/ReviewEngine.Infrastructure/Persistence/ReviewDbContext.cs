using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Inbox;
using ReviewEngine.Domain.Audit;
using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Domain.Experts;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Webhooks;
using ReviewEngine.Infrastructure.Identity;
using ReviewEngine.Infrastructure.Persistence.ReadModels;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>
/// EF Core context. Provider-neutral: no SQLite-specific mapping here, so Npgsql can take over (issue 9).
/// Concurrency tokens are app-managed version numbers (stack.md §5: [Timestamp] does nothing on SQLite).
/// Not sealed only so that <see cref="PostgreSqlReviewDbContext"/> can carry its own migrations (ADR 0007).
/// </summary>
public class ReviewDbContext : IdentityDbContext<ReviewUser>, IReviewDbContext
{
    public ReviewDbContext(DbContextOptions<ReviewDbContext> options)
        : base(options)
    {
    }

    protected ReviewDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<ReviewCase> ReviewCases => Set<ReviewCase>();
    public DbSet<WorkItem> WorkItems => Set<WorkItem>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<CaseDocument> CaseDocuments => Set<CaseDocument>();
    public DbSet<DocumentContent> DocumentContents => Set<DocumentContent>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<UserAccount> UserAccounts => Set<UserAccount>();
    public DbSet<WorkflowSnapshot> WorkflowSnapshots => Set<WorkflowSnapshot>();
    public DbSet<CaseFinding> CaseFindings => Set<CaseFinding>();
    public DbSet<DeadlineTimer> DeadlineTimers => Set<DeadlineTimer>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<OrganisationWebhook> OrganisationWebhooks => Set<OrganisationWebhook>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<Expert> Experts => Set<Expert>();
    public DbSet<ExpertConsultation> ExpertConsultations => Set<ExpertConsultation>();
    public DbSet<InboxLine> InboxLines => Set<InboxLine>();

    /// <summary>Not on <see cref="IReviewDbContext"/>: only the save step and the viewer cache use them.</summary>
    public DbSet<ChangeCounter> ChangeCounters => Set<ChangeCounter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReviewDbContext).Assembly);
    }

    public void DiscardChanges() => ChangeTracker.Clear();

    public virtual Task<ReviewCase?> FindCaseWithOpenTasksAsync(Guid caseId, CancellationToken ct) =>
        CompiledCaseQueries<ReviewDbContext>.WithOpenTasks(this, caseId, ct);

    public bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException e => e.SqliteExtendedErrorCode is SQLitePCL.raw.SQLITE_CONSTRAINT_UNIQUE or SQLitePCL.raw.SQLITE_CONSTRAINT_PRIMARYKEY,
        PostgresException e => e.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        InboxLineMaintenance.ApplyAsync(this, async: false, CancellationToken.None).GetAwaiter().GetResult();
        var gate = SqliteWriteGate.For(Database);
        gate?.Wait();
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var counters = ChangeCounterBumps.KeysFor(ChangeTracker);
            if (counters.Count == 0)
            {
                return base.SaveChanges(acceptAllChangesOnSuccess);
            }

            // The counters move in the transaction of the change: a node that sees the new number reads the new data.
            using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
            var saved = base.SaveChanges(acceptAllChangesOnSuccess: false);
            Database.ExecuteSqlRaw(ChangeCounterBumps.Sql(counters.Count), counters);
            own?.Commit();
            AcceptChanges(acceptAllChangesOnSuccess);
            return saved;
        }
        finally
        {
            gate?.Release();
            ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        // The read models are written by the same SaveChanges, so in the same transaction as the tasks and the case (ADR 0009).
        await InboxLineMaintenance.ApplyAsync(this, async: true, cancellationToken);

        var gate = SqliteWriteGate.For(Database);
        if (gate is not null)
        {
            await gate.WaitAsync(cancellationToken);
        }

        // Changes were just detected; a second full scan inside SaveChanges showed in the profile.
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var counters = ChangeCounterBumps.KeysFor(ChangeTracker);
            if (counters.Count == 0)
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            // The counters move in the transaction of the change: a node that sees the new number reads the new data.
            await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            await Database.ExecuteSqlRawAsync(ChangeCounterBumps.Sql(counters.Count), counters, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            AcceptChanges(acceptAllChangesOnSuccess);
            return saved;
        }
        finally
        {
            gate?.Release();
            ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    private void AcceptChanges(bool acceptAllChangesOnSuccess)
    {
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }
    }

    private void BumpVersions()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries<ReviewCase>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.IncrementVersion();
        }

        foreach (var entry in ChangeTracker.Entries<WorkItem>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.IncrementVersion();
        }
    }
}
