using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ReviewEngine.Infrastructure.Persistence.Copying;

/// <summary>
/// Copies a whole ReviewEngine database (every table of the model, ASP.NET Identity included, ids kept) into a new,
/// empty PostgreSQL database: how a district moves from its SQLite file to a database server (ADR 0007).
/// Both sides are migrated first, so they hold the same schema. The source is read in one snapshot (a deferred
/// SQLite transaction under WAL never blocks the running app's writers); the target is written in one transaction
/// with binary COPY, so a failed copy leaves it empty and can simply be run again.
/// </summary>
public static class DatabaseCopier
{
    public static async Task<IReadOnlyList<TableCopyResult>> CopyAsync(DatabaseOptions source, DatabaseOptions target,
        Action<TableCopyResult>? tableCopied = null, CancellationToken ct = default)
    {
        if (target.Provider != DatabaseProvider.PostgreSql)
        {
            throw new ArgumentException("目标必须是 PostgreSQL 数据库。", nameof(target));
        }

        await using var from = DatabaseRegistration.CreateContext(source);
        await using var to = DatabaseRegistration.CreateContext(target);
        await DatabaseInitializer.MigrateAsync(from, ct);
        await DatabaseInitializer.MigrateAsync(to, ct);
        var tables = CopyTable.Plan(from.Model.GetRelationalModel(), to.Model.GetRelationalModel());

        await from.Database.OpenConnectionAsync(ct);
        await to.Database.OpenConnectionAsync(ct);
        var reading = from.Database.GetDbConnection();
        var writing = (NpgsqlConnection)to.Database.GetDbConnection();
        await using var snapshot = await BeginSnapshotAsync(reading, ct);
        await using var transaction = await writing.BeginTransactionAsync(ct);
        await EnsureEmptyAsync(writing, tables, ct);

        var results = new List<TableCopyResult>(tables.Count);
        foreach (var table in tables)
        {
            var result = await table.CopyAsync(reading, snapshot, writing, ct);
            results.Add(result);
            tableCopied?.Invoke(result);
        }

        await IdentitySequences.AdvancePastCopiedKeysAsync(writing, tables, ct);
        await transaction.CommitAsync(ct);

        // Fresh statistics: until autovacuum gets to them the planner would assume empty tables.
        await using var analyze = new NpgsqlCommand("ANALYZE", writing);
        analyze.CommandTimeout = 0;
        await analyze.ExecuteNonQueryAsync(ct);
        return results;
    }

    /// <summary>One consistent view of the source for the whole copy, without taking SQLite's write lock.</summary>
    private static async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct) => connection is SqliteConnection sqlite
        ? sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: true)
        : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);

    private static async Task EnsureEmptyAsync(NpgsqlConnection target, IEnumerable<CopyTable> tables, CancellationToken ct)
    {
        foreach (var table in tables)
        {
            await using var any = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {table.QuotedName})", target);
            if ((bool)(await any.ExecuteScalarAsync(ct))!)
            {
                throw new TargetNotEmptyException(table.Name);
            }
        }
    }
}
