using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ReviewEngine.Infrastructure.Persistence;

/// <summary>The app's statements wait here while the checkpointer pauses them (<see cref="SqliteReadPause"/>).</summary>
internal sealed class SqliteStatementPause : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Wait(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(command, cancellationToken);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Wait(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(command, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Wait(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(command, cancellationToken);
        return result;
    }

    // Every kind of statement waits the same way; the interceptor API only asks for one override per kind.
    private static void Wait(DbCommand command) => SqliteReadPause.WhenOpen(command.Connection!.ConnectionString).GetAwaiter().GetResult();

    private static Task WaitAsync(DbCommand command, CancellationToken ct) => SqliteReadPause.WhenOpen(command.Connection!.ConnectionString).WaitAsync(ct);
}
