using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the SQLite context without a host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ReviewDbContext>
{
    public ReviewDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ReviewDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
