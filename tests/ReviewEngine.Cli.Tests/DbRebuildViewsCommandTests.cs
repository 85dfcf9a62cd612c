using Microsoft.Data.Sqlite;

namespace ReviewEngine.Cli.Tests;

public sealed class DbRebuildViewsCommandTests
{
    /// <summary>`review db rebuild-views` repairs inbox lines that drifted from the work items, and a second run finds them in step.</summary>
    [Fact]
    public void RebuildRepairsDriftedInboxLinesThenReportsThemInStep()
    {
        var dir = Directory.CreateTempSubdirectory("re-views-").FullName;
        var db = Path.Combine(dir, "live.db");
        Assert.Equal(0, CliRunner.Run("demo", "--db", db).ExitCode);
        // Drift a maintained save could not produce: a task reopened by hand in SQL, and a line without a task.
        Execute(db, """
            UPDATE WorkItems SET Status = 'Open' WHERE Id = (SELECT Id FROM WorkItems ORDER BY CreatedAtUtc LIMIT 1);
            INSERT INTO InboxLines (TaskId, CaseId, CaseNumber, Title, Kind, WorkflowId, State, Role, OrganisationId, CreatedAtUtc)
            SELECT '00000000-0000-0000-0000-000000000001', Id, Number, Title, Kind, WorkflowId, State, 'reviewer', TownshipId, CreatedAtUtc FROM ReviewCases LIMIT 1;
            """);

        var (code, output, error) = CliRunner.Run("db", "rebuild-views", "--db", db);
        var again = CliRunner.Run("db", "rebuild-views", "--db", db);

        Assert.True(code == 0, error + output);
        Assert.Contains("待办行 1 条（新增 1，删除 1，更正 0）", output);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("待办行 1 条（新增 0，删除 0，更正 0），原已一致", again.Output);
        Assert.Equal(2, CliRunner.Run("db", "rebuild-views", "--db", Path.Combine(dir, "none.db")).ExitCode);
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
