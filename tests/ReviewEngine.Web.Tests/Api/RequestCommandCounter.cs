using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ReviewEngine.Web.Tests.Api;

/// <summary>
/// Counts the database commands (round trips) EF Core sends while serving requests to one path prefix. The hosted
/// services (deadline timers, webhook delivery) share the context pool, so commands are told apart by the request
/// that runs them: <see cref="HttpContextAccessor"/> reads the ambient request, which a background loop does not have.
/// </summary>
public sealed class RequestCommandCounter(Func<PathString, bool> counts) : DbCommandInterceptor
{
    private readonly HttpContextAccessor _request = new();

    public RequestCommandCounter(string pathPrefix)
        : this(path => path.StartsWithSegments(pathPrefix))
    {
    }

    /// <summary>Every request's commands (a page at "/" has no prefix to match).</summary>
    public static RequestCommandCounter AllRequests() => new(_ => true);

    public ConcurrentQueue<string> Commands { get; } = new();

    public void Reset() => Commands.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count(command);
        return base.NonQueryExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count(command);
        return base.ScalarExecuting(command, eventData, result);
    }

    private void Count(DbCommand command)
    {
        if (_request.HttpContext is { } http && counts(http.Request.Path))
        {
            Commands.Enqueue(command.CommandText);
        }
    }
}
