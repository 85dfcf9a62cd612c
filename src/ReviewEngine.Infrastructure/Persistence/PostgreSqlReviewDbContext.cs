using Microsoft.EntityFrameworkCore;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>
/// The same model on PostgreSQL. A separate context type only so that EF Core keeps two migration histories in one
/// assembly: migrations are bound to a context type, and SQL types differ between the providers (ADR 0007).
/// Everything else (handlers, Identity stores) asks for <see cref="ReviewDbContext"/> and gets this one.
/// </summary>
public sealed class PostgreSqlReviewDbContext(DbContextOptions<PostgreSqlReviewDbContext> options) : ReviewDbContext(options)
{
    public override Task<ReviewCase?> FindCaseWithOpenTasksAsync(Guid caseId, CancellationToken ct) =>
        CompiledCaseQueries<PostgreSqlReviewDbContext>.WithOpenTasks(this, caseId, ct);
}
