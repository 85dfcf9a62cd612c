namespace ReviewEngine.Cli.Tests;

/// <summary>`review users qualify`: the qualification a 法制审核 task requires is recorded by an administrator.</summary>
public sealed class UsersCommandTests
{
    [Fact]
    public void AQualificationIsRecordedListedAndClearedAndAnUnknownOneIsBadInput()
    {
        var db = Path.Combine(Directory.CreateTempSubdirectory("re-users-").FullName, "users.db");
        Assert.Equal(0, CliRunner.Run("demo", "--db", db).ExitCode); // the district and its townships
        Assert.Equal(0, CliRunner.Run("users", "add", "lb-legal", "--name", "郑法制", "--org", "luobu", "--role", "reviewer", "--password", "Review@2026demo!", "--db", db).ExitCode);

        var (code, output, error) = CliRunner.Run("users", "qualify", "lb-legal", "--set", "legalProfession", "--db", db);
        var listed = CliRunner.Run("users", "list", "--format", "json", "--db", db).Output;
        var unknown = CliRunner.Run("users", "qualify", "lb-legal", "--set", "lawDegree", "--db", db);
        var nothing = CliRunner.Run("users", "qualify", "lb-legal", "--db", db);
        var cleared = CliRunner.Run("users", "qualify", "lb-legal", "--clear", "--db", db);

        Assert.True(code == 0, error + output);
        Assert.Contains("法律职业资格", output);
        Assert.Contains("\"qualifications\":[\"legalProfession\"]", listed);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("legalProfession", unknown.Error);
        Assert.Equal(2, nothing.ExitCode);
        Assert.Equal(0, cleared.ExitCode);
        Assert.Contains("已清除", cleared.Output);
    }
}
