using Microsoft.EntityFrameworkCore;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>Applies committed migrations (never EnsureCreated: data must survive upgrades) and switches SQLite to WAL.</summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(ReviewDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
                await db.Database.MigrateAsync(ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        else
        {
            await db.Database.MigrateAsync(ct);
        }
    }
}
