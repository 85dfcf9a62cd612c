using System.Text.Json;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Cli.Tests;

public sealed class CalendarCommandTests
{
    [Fact]
    public void JsonContractHasTheDueDateAndProvisionalFlag()
    {
        var (code, output, _) = CliRunner.Run("calendar", "add-working-days", "2026-09-30", "7", "--format", "json", "--dir", TestPaths.Workflows);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2026-09-30", json.RootElement.GetProperty("start").GetString());
        Assert.Equal(7, json.RootElement.GetProperty("workingDays").GetInt32());
        Assert.Equal("2026-10-15", json.RootElement.GetProperty("due").GetString());
        Assert.False(json.RootElement.GetProperty("provisional").GetBoolean());
        Assert.Equal(["start", "workingDays", "due", "provisional"], json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void YearWithoutPublishedHolidaysIsProvisional()
    {
        var (_, output, _) = CliRunner.Run("calendar", "add-working-days", "2027-03-01", "5", "--format", "json", "--dir", TestPaths.Workflows);

        Assert.True(JsonDocument.Parse(output).RootElement.GetProperty("provisional").GetBoolean());
    }

    [Theory]
    [InlineData("2026/09/30", "7")]
    [InlineData("2026-02-30", "7")]
    [InlineData("2026-09-30", "-1")]
    public void BadInputExitsTwoWithTheReason(string start, string days)
    {
        var (code, _, error) = CliRunner.Run("calendar", "add-working-days", start, days, "--dir", TestPaths.Workflows);

        Assert.Equal(2, code);
        Assert.NotEmpty(error);
    }
}
