using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>
/// The PostgreSQL context for `dotnet ef migrations add … --context PostgreSqlReviewDbContext`; adding a migration
/// never connects, so the connection string only has to parse.
/// </summary>
internal sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlReviewDbContext>
{
    public PostgreSqlReviewDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlReviewDbContext>().UseNpgsql("Host=localhost;Database=reviewengine_design").Options);
}
