using System.Data.Common;
using Npgsql;
using ReviewEngine.Suites.Common;

namespace ReviewEngine.Suites.Load;

/// <summary>
/// The database a load run measures: the seeded SQLite file, or (with `--postgres`) a PostgreSQL copy of it made by
/// `review db copy`, so both providers are measured over the same 100,000 cases. Queries quote identifiers, which
/// both providers accept, and read ids as text, which both can give.
/// </summary>
public sealed class LoadDatabase(SuiteOptions options)
{
    public string Provider => options.PostgreSql is null ? "SQLite" : "PostgreSQL";

    /// <summary>Extra app arguments that point the app at this database.</summary>
    public string[] AppArguments => options.PostgreSql is { } pg ? [$"--ConnectionStrings:ReviewEngine={pg}"] : [];

    public async Task<DbConnection> OpenAsync()
    {
        if (options.PostgreSql is { } pg)
        {
            var connection = new NpgsqlConnection(pg);
            await connection.OpenAsync();
            return connection;
        }

        return DataSnapshot.Open(options.DatabasePath);
    }

    /// <summary>
    /// Copies the seeded file into the PostgreSQL database unless it already holds the cases (a second run reuses the
    /// copy, as a second SQLite run reuses the file); the copy refuses a non-empty database, so this cannot merge.
    /// </summary>
    public async Task PrepareAsync()
    {
        if (options.PostgreSql is not { } pg)
        {
            return;
        }

        if (await CaseCountAsync() is > 0 and var existing)
        {
            Console.WriteLine($"PostgreSQL: reusing the copy with {existing:N0} cases");
            return;
        }

        Console.WriteLine("PostgreSQL: review db copy from the seeded file …");
        var copy = await new CliRunner(options).RunAsync(["db", "copy", "--db", options.DatabasePath, "--to", pg], timeoutSeconds: 1800);
        Console.Write(copy.Stdout);
        if (copy.ExitCode != 0)
        {
            throw new InvalidOperationException($"review db copy failed ({copy.ExitCode}): {copy.Stderr}");
        }
    }

    /// <summary>Cases in the target database; null when the database does not exist or is not migrated yet.</summary>
    private async Task<long?> CaseCountAsync()
    {
        try
        {
            return await CountAsync("ReviewCases");
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidCatalogName or PostgresErrorCodes.UndefinedTable)
        {
            return null;
        }
    }

    public async Task<List<Guid>> IdsAsync(string sql)
    {
        await using var db = await OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(Guid.Parse(Convert.ToString(reader.GetValue(0))!));
        }

        return ids;
    }

    public async Task<long> CountAsync(string table)
    {
        await using var db = await OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM \"{table}\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
