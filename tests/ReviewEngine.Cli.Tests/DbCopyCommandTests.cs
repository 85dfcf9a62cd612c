using Microsoft.Data.Sqlite;
using Npgsql;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Cli.Tests;

/// <summary>The move of docs/operations.md: a district's SQLite file into a new PostgreSQL database.</summary>
public sealed class DbCopyCommandTests
{
    [PostgresFact]
    [Trait("Requires", "PostgreSql")]
    public async Task CopyToPostgreSqlKeepsEveryRowAndTheAuditChainsAndTheAppCarriesOnThere()
    {
        var dir = Directory.CreateTempSubdirectory("re-copy-").FullName;
        var sqlite = Path.Combine(dir, "district.db");
        var name = "re_test_copy_" + Guid.NewGuid().ToString("N");
        var postgres = new NpgsqlConnectionStringBuilder(TestPostgreSql.ServerConnectionString) { Database = name }.ToString();
        Assert.Equal(0, CliRunner.Run("demo", "--db", sqlite).ExitCode);
        try
        {
            // The target database does not exist yet: db copy creates and migrates it.
            var (code, output, error) = CliRunner.Run("db", "copy", "--db", sqlite, "--to", postgres);

            Assert.True(code == 0, error + output);
            Assert.Contains("已复制", output);
            var tables = SqliteTables(sqlite);
            Assert.Contains("AspNetUsers", tables);
            foreach (var table in tables)
            {
                Assert.True(SqliteCount(sqlite, table) == await PostgreSqlCountAsync(postgres, table), table);
            }

            var (verifyCode, verifyOutput, _) = CliRunner.Run("audit", "verify", "--db", postgres);
            Assert.Equal(0, verifyCode);
            var copied = CaseCount(verifyOutput);
            Assert.Equal(CaseCount(CliRunner.Run("audit", "verify", "--db", sqlite).Output), copied);

            // New audit rows draw from the identity sequence: it must have moved past the copied ids. A second demo run
            // opens the demo's cases again.
            var (againCode, againOutput, againError) = CliRunner.Run("demo", "--db", postgres);
            Assert.True(againCode == 0, againError + againOutput);
            Assert.Equal(2 * copied, CaseCount(CliRunner.Run("audit", "verify", "--db", postgres).Output));

            // Never into a database that holds data.
            var (refusedCode, _, refusedError) = CliRunner.Run("db", "copy", "--db", sqlite, "--to", postgres);
            Assert.Equal(2, refusedCode);
            Assert.Contains("不是空库", refusedError);
        }
        finally
        {
            await TestPostgreSql.DropDatabaseAsync(name);
        }
    }

    [Fact]
    public void TargetMustBePostgreSqlAndSourceMustExist()
    {
        var dir = Directory.CreateTempSubdirectory("re-copy-").FullName;

        var (fileCode, _, fileError) = CliRunner.Run("db", "copy", "--db", Path.Combine(dir, "a.db"), "--to", Path.Combine(dir, "b.db"));
        var (missingCode, _, missingError) = CliRunner.Run("db", "copy", "--db", Path.Combine(dir, "none.db"), "--to", "Host=127.0.0.1;Database=re_never");

        Assert.Equal(2, fileCode);
        Assert.Contains("PostgreSQL", fileError);
        Assert.Equal(2, missingCode);
        Assert.Contains("数据库文件不存在", missingError);
    }

    private static List<string> SqliteTables(string path)
    {
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%'";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static long SqliteCount(string path, string table)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    private static async Task<long> PostgreSqlCountAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT COUNT(*) FROM \"{table}\"", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static int CaseCount(string verifyOutput) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(verifyOutput, @"(\d+) 件案件").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
}
