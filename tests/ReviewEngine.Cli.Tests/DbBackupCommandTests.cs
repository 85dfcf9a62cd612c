using Microsoft.Data.Sqlite;

namespace ReviewEngine.Cli.Tests;

public sealed class DbBackupCommandTests
{
    /// <summary>The restore drill of docs/operations.md: back up, open the copy as the database, verify every audit chain.</summary>
    [Fact]
    public void BackupCopyOpensAsTheDatabaseAndItsAuditChainsVerify()
    {
        var dir = Directory.CreateTempSubdirectory("re-backup-").FullName;
        var db = Path.Combine(dir, "live.db");
        var copy = Path.Combine(dir, "backup", "copy.db");
        Assert.Equal(0, CliRunner.Run("demo", "--db", db).ExitCode);

        var (code, output, error) = CliRunner.Run("db", "backup", "--db", db, "--out", copy);

        Assert.True(code == 0, error + output);
        Assert.Contains("完整性检查通过", output);
        var (verifyCode, verifyOutput, _) = CliRunner.Run("audit", "verify", "--db", copy);
        Assert.Equal(0, verifyCode);
        Assert.Contains("3 件案件", verifyOutput);
        Assert.Equal(Count(db, "AuditEvents"), Count(copy, "AuditEvents"));
        Assert.Equal(Count(db, "ReviewCases"), Count(copy, "ReviewCases"));

        // Never overwrites an existing backup; a missing source is bad input.
        Assert.Equal(2, CliRunner.Run("db", "backup", "--db", db, "--out", copy).ExitCode);
        Assert.Equal(2, CliRunner.Run("db", "backup", "--db", Path.Combine(dir, "none.db"), "--out", Path.Combine(dir, "x.db")).ExitCode);
    }

    private static long Count(string path, string table)
    {
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }
}
