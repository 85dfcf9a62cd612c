using Microsoft.Data.Sqlite;

namespace ReviewEngine.Cli.Tests;

public sealed class DemoAndAuditCommandTests
{
    [Fact]
    public void DemoRunsBothMattersThroughEveryStepAndVerifiesTheAuditChain()
    {
        var db = Path.Combine(Directory.CreateTempSubdirectory("re-demo-").FullName, "demo.db");

        var (code, output, error) = CliRunner.Run("demo", "--db", db);

        Assert.True(code == 0, error + output);
        foreach (var step in new[] { "退回补正", "提交补正材料", "受理", "申请延期", "批准延期", "提请专家论证", "提请区合法性审查中心指导", "审批签发审查意见书", "复核通过" })
        {
            Assert.Contains(step, output);
        }

        Assert.Contains("→ 归档", output);
        Assert.Contains("三、重大行政执法决定", output);
        Assert.Contains("→ 法制审核", output);
        Assert.Contains("全部通过", output);

        var (verifyCode, verifyOutput, _) = CliRunner.Run("audit", "verify", "--db", db);
        Assert.Equal(0, verifyCode);
        Assert.Contains("3 件案件", verifyOutput);

        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={db}"))
        {
            connection.Open();
            using var tamper = connection.CreateCommand();
            tamper.CommandText = "UPDATE AuditEvents SET Comment = '篡改' WHERE Sequence = 3";
            tamper.ExecuteNonQuery();
        }

        var (brokenCode, brokenOutput, _) = CliRunner.Run("audit", "verify", "--db", db);
        Assert.Equal(1, brokenCode);
        Assert.Contains("第 3 条记录", brokenOutput);
    }

    [Fact]
    public void VerifyOfAMissingDatabaseIsBadInput()
    {
        var (code, _, error) = CliRunner.Run("audit", "verify", "--db", "/nonexistent/review.db");

        Assert.Equal(2, code);
        Assert.Contains("数据库文件不存在", error);
    }
}
