using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Inbox;
using ReviewEngine.Application.Notifications;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Infrastructure.Tests.Inbox;

/// <summary>
/// The inbox and bell indexes are partial (only unclaimed lines, only claimed lines, only user notices): SQLite
/// uses such an index only when the query's WHERE implies the index's, so a query that stopped comparing Status with
/// AssigneeId with NULL would silently scan. The plans of the statements the real handlers run
/// are checked here.
/// </summary>
public sealed class PartialIndexPlanTests
{
    [Fact]
    public async Task InboxAndBellQueriesAreServedByTheirPartialIndexes()
    {
        // EF Core decides once per context whether anyone listens to its command events: listen before it starts.
        var capture = new CommandCapture();
        await using var db = await TestDatabase.CreateAsync();
        var id = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"));

        var statements = await capture.DuringAsync(db.DatabasePath, () => db.RunAsync(async sp =>
        {
            var viewer = await sp.GetRequiredService<ViewerResolver>().ResolveAsync("lb-reviewer");
            await sp.GetRequiredService<GetInboxHandler>().HandleAsync(new InboxQuery(viewer));
            return await sp.GetRequiredService<GetNotificationsHandler>().CountUnreadAsync(viewer);
        }));
        capture.Dispose();
        var plans = statements.Select(s => Plan(db.DatabasePath, s)).ToList();

        // The inbox is one statement over InboxLines (ADR 0009), each of its branches a range of a partial index.
        var inbox = Assert.Single(plans, p => p.Contains("IX_InboxLines", StringComparison.Ordinal));
        Assert.Contains("USING INDEX IX_InboxLines_Unclaimed", inbox, StringComparison.Ordinal);
        Assert.Contains("USING INDEX IX_InboxLines_AssigneeId", inbox, StringComparison.Ordinal);
        Assert.Contains(plans, p => p.Contains("IX_Notifications_RecipientUserId_ReadAtUtc", StringComparison.Ordinal));
        // A SCAN in the inbox's plan reads a branch's result (a co-routine), never the table.
        var lines = inbox.Split('\n');
        var branches = lines.Where(l => l.StartsWith("CO-ROUTINE ", StringComparison.Ordinal)).Select(l => l["CO-ROUTINE ".Length..]).ToHashSet();
        Assert.All(lines.Where(l => l.StartsWith("SCAN ", StringComparison.Ordinal)), l => Assert.Contains(l["SCAN ".Length..], branches));
        Assert.DoesNotContain(plans, p => p.Contains("SCAN n", StringComparison.Ordinal));
    }

    private static SqliteCommand Copy(DbCommand command)
    {
        var copy = new SqliteCommand(command.CommandText);
        foreach (DbParameter p in command.Parameters)
        {
            copy.Parameters.AddWithValue(p.ParameterName, p.Value ?? DBNull.Value);
        }

        return copy;
    }

    private static string Plan(string path, DbCommand statement)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var explain = (SqliteCommand)Copy(statement);
        explain.Connection = connection;
        explain.CommandText = "EXPLAIN QUERY PLAN " + statement.CommandText;
        using var r = explain.ExecuteReader();
        var lines = new List<string>();
        while (r.Read())
        {
            lines.Add(r.GetString(3));
        }

        return string.Join('\n', lines);
    }

    /// <summary>The statements EF Core sends to one file while some work runs (from its diagnostic events, so the DI
    /// graph stays the production one).</summary>
    private sealed class CommandCapture : IDisposable
    {
        private readonly ConcurrentQueue<DbCommand> _captured = new();
        private readonly IDisposable _subscription;
        private string? _path;

        public CommandCapture()
        {
            _subscription = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
            {
                if (listener.Name == DbLoggerCategory.Name)
                {
                    listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
                    {
                        if (e.Value is CommandEventData { Command: { Connection: SqliteConnection c } command } && c.DataSource == _path)
                        {
                            _captured.Enqueue(Copy(command));
                        }
                    }));
                }
            }));
        }

        public async Task<List<DbCommand>> DuringAsync(string path, Func<Task> work)
        {
            _path = path;
            await work();
            _path = null;
            return _captured.DistinctBy(c => c.CommandText)
                .Where(c => c.CommandText.Contains("FROM \"InboxLines\"", StringComparison.Ordinal) || c.CommandText.Contains("FROM \"Notifications\"", StringComparison.Ordinal))
                .ToList();
        }

        public void Dispose() => _subscription.Dispose();
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnNext(T value) => next(value);

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
