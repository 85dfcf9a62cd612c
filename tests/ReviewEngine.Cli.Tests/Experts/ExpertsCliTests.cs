using System.Text;
using System.Text.Json;

namespace ReviewEngine.Cli.Tests.Experts;

/// <summary>The `review experts` contract: import count / every bad row with nothing imported, draw JSON shape, seed replay, too few → 2.</summary>
public sealed class ExpertsCliTests
{
    private const string Header = "name,organisation,organisationType,title,fields,yearsInField,termStart,termEnd,status,conflicts";

    private static string Pool()
    {
        var lines = new List<string> { Header };
        string[] types = ["院校", "律所", "政府部门", "企业", "协会"];
        for (var i = 1; i <= 10; i++)
        {
            lines.Add($"专家{i:00},单位{i:00},{types[i % 5]},教授,{(i % 2 == 0 ? "土地" : "合同")},10,2025-01-01,2099-12-31,在库,");
        }

        return string.Join("\n", lines) + "\n";
    }

    private static (string Db, string Csv) Setup(string csv)
    {
        var dir = Directory.CreateTempSubdirectory("re-experts-").FullName;
        var path = Path.Combine(dir, "experts.csv");
        File.WriteAllText(path, csv, new UTF8Encoding(false));
        return (Path.Combine(dir, "re.db"), path);
    }

    private static string ImportedDb()
    {
        var (db, csv) = Setup(Pool());
        var (code, output, error) = CliRunner.Run("experts", "import", csv, "--db", db);
        Assert.True(code == 0, error);
        Assert.StartsWith("10", output);
        return db;
    }

    [Fact]
    public void ImportWithBadRowsExitsTwoListsEveryRowAndImportsNothing()
    {
        var bad = Pool() + "坏专家,某单位,大学,教授,合同,十,2025-01-01,2099-12-31,在库,\n";
        var (db, csv) = Setup(bad);

        var (code, _, error) = CliRunner.Run("experts", "import", csv, "--db", db);
        var (drawCode, _, drawError) = CliRunner.Run("experts", "draw", "--fields", "合同", "--db", db, "--format", "json");

        Assert.Equal(2, code);
        Assert.Contains("line 12, column 3 (organisationType): 未知单位类型「大学」", error);
        Assert.Contains("line 12, column 6 (yearsInField)", error);
        Assert.Equal(2, drawCode);
        Assert.Contains("专家库中还没有专家", drawError);
    }

    [Fact]
    public void DrawPrintsTheContractShapeAndTheSameSeedGivesTheSamePanel()
    {
        var db = ImportedDb();

        var (code, output, error) = CliRunner.Run("experts", "draw", "--fields", "土地,合同", "--exclude-org", "单位01", "--size", "3", "--seed", "42", "--db", db, "--format", "json");
        var (_, again, _) = CliRunner.Run("experts", "draw", "--fields", "土地,合同", "--exclude-org", "单位01", "--size", "3", "--seed", "42", "--db", db, "--format", "json");

        Assert.True(code == 0, error);
        Assert.Equal(output, again);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["seed", "panel", "excluded"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(42, root.GetProperty("seed").GetInt64());
        var panel = root.GetProperty("panel").EnumerateArray().ToList();
        Assert.Equal(3, panel.Count);
        Assert.All(panel, p => Assert.Equal(["name", "organisation", "organisationType"], p.EnumerateObject().Select(x => x.Name)));
        Assert.True(panel.Count(p => p.GetProperty("organisationType").GetString() == "政府部门") <= 1);
        Assert.DoesNotContain(panel, p => p.GetProperty("organisation").GetString() == "单位01");
        var excluded = root.GetProperty("excluded").EnumerateArray().ToList();
        Assert.Contains(excluded, x => x.GetProperty("name").GetString() == "专家01" && x.GetProperty("reason").GetString()!.Contains("同一单位"));
    }

    [Fact]
    public void TooFewCandidatesExitsTwoNamingTheConstraint()
    {
        var db = ImportedDb();

        var (code, output, error) = CliRunner.Run("experts", "draw", "--fields", "生态环境", "--db", db, "--format", "json");
        var (even, _, evenError) = CliRunner.Run("experts", "draw", "--fields", "合同", "--size", "4", "--db", db, "--format", "json");
        var (parse, _, _) = CliRunner.Run("experts", "draw", "--db", db);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("专业领域不含「生态环境」", error);
        Assert.Equal(2, even);
        Assert.Contains("奇数", evenError);
        Assert.Equal(2, parse);
    }
}
