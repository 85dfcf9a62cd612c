using Microsoft.EntityFrameworkCore;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>
/// The query every action and case page runs, compiled once: EF Core otherwise rebuilds the parameter delegates and
/// looks the query up in its cache on each execution (the funcletizer and DynamicMethod.CreateDelegate showed in the
/// workflow bench's profile). A compiled query is bound to one model, so each context type gets its own
/// (<see cref="ReviewDbContext"/> on SQLite, <see cref="PostgreSqlReviewDbContext"/> on PostgreSQL).
/// </summary>
internal static class CompiledCaseQueries<TContext>
    where TContext : ReviewDbContext
{
    public static readonly Func<TContext, Guid, CancellationToken, Task<ReviewCase?>> WithOpenTasks =
        EF.CompileAsyncQuery((TContext db, Guid id, CancellationToken ct) =>
            db.ReviewCases.Include(c => c.Tasks.Where(t => t.Status == WorkItemStatus.Open)).FirstOrDefault(c => c.Id == id));
}
