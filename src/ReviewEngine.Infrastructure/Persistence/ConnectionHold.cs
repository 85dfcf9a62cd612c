using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using ReviewEngine.Application.Common;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>
/// Keeps the context's connection open for a unit of work of several queries (a web request, a benchmark action):
/// EF Core then leaves open a connection it did not open itself, instead of taking it from the pool and handing it
/// back around every query. Disposing the hold closes it.
/// </summary>
public static class ConnectionHold
{
    public static async Task<IAsyncDisposable> HoldConnectionAsync(this IReviewDbContext db, CancellationToken ct = default)
    {
        var database = ((DbContext)db).Database;
        await database.OpenConnectionAsync(ct);
        return new Release(database);
    }

    private sealed class Release(DatabaseFacade database) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await database.CloseConnectionAsync();
    }
}
