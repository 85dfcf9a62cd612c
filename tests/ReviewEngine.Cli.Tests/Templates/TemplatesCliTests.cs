using System.Text.Json;

namespace ReviewEngine.Cli.Tests.Templates;

/// <summary>The CLI contract other tools rely on (issue 4): JSON shapes, ranking, filters and exit codes.</summary>
public sealed class TemplatesCliTests : IDisposable
{
    private readonly string _index = Path.Combine(Path.GetTempPath(), "re-cli-index-" + Guid.NewGuid().ToString("N"));

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var withIndex = args[0] == "templates" && args[1] == "list" ? args : [.. args, "--index", _index];
        using StringWriter output = new(), error = new();
        var code = CliApp.Run(withIndex, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void ListPrintsTheThirteenTemplatesAsJson()
    {
        var (code, output, _) = Run("templates", "list", "--format", "json");

        Assert.Equal(0, code);
        var items = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(13, items.Count);
        Assert.All(items, i => Assert.Equal(["templateId", "title", "category", "kind"], i.EnumerateObject().Select(p => p.Name)));
        var landRecovery = items.Single(i => i.GetProperty("templateId").GetString() == "land-recovery");
        Assert.Equal("国有建设用地使用权收回补偿协议", landRecovery.GetProperty("title").GetString());
        Assert.Equal("行政协议", landRecovery.GetProperty("kind").GetString());
    }

    [Fact]
    public void SearchPrintsRankedTemplatesWithTheirBestClauseAsJson()
    {
        var (code, output, _) = Run("templates", "search", "收回国有建设用地使用权 补偿", "--top", "3", "--format", "json");

        Assert.Equal(0, code);
        var hits = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.InRange(hits.Count, 1, 3);
        Assert.All(hits, h => Assert.Equal(["templateId", "title", "score", "clauseId", "highlights"], h.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("land-recovery", hits[0].GetProperty("templateId").GetString());
        Assert.Contains("【", hits[0].GetProperty("highlights")[0].GetString());
        var scores = hits.Select(h => h.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public void SearchFiltersByKind()
    {
        var (code, output, _) = Run("templates", "search", "违约金", "--kind", "民事合同", "--top", "12", "--format", "json");

        Assert.Equal(0, code);
        var ids = JsonDocument.Parse(output).RootElement.EnumerateArray().Select(h => h.GetProperty("templateId").GetString()).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Contains(id, new[] { "purchase-of-services", "construction", "lease", "land-management-right-transfer", "legal-adviser" }));
    }

    [Fact]
    public void SearchFiltersByCategory()
    {
        var (code, output, _) = Run("templates", "search", "补偿", "--category", "征收补偿", "--top", "12", "--format", "json");

        Assert.Equal(0, code);
        var ids = JsonDocument.Parse(output).RootElement.EnumerateArray().Select(h => h.GetProperty("templateId").GetString()).Order();
        Assert.Equal(["collective-land-expropriation", "house-expropriation"], ids);
    }

    [Fact]
    public void SearchWithoutFormatPrintsAChineseTable()
    {
        var (code, output, _) = Run("templates", "search", "拆迁补偿");

        Assert.Equal(0, code);
        Assert.Contains("名次", output);
        Assert.Contains("国有土地上房屋征收补偿协议", output);
    }

    [Fact]
    public void IndexRebuildShowsProgressForEveryTemplate()
    {
        var (code, output, _) = Run("index", "rebuild");

        Assert.Equal(0, code);
        Assert.Contains("13/13", output);
        Assert.Contains("[####################]", output);
    }

    [Theory]
    [InlineData("--kind", "刑事合同")]
    [InlineData("--top", "0")]
    [InlineData("--top", "many")]
    [InlineData("--format", "xml")]
    [InlineData("--bogus", "1")]
    public void BadSearchInputExitsWithCode2AndAMessage(string option, string value)
    {
        var (code, output, error) = Run("templates", "search", "土地", option, value);

        Assert.Equal(2, code);
        Assert.Contains(option, error);
        Assert.Equal("", output);
    }

    [Fact]
    public void SearchWithoutQueryExitsWithCode2() => Assert.Equal(2, Run("templates", "search").Code);

    [Fact]
    public void MissingTemplatesFolderExitsWithCode2()
    {
        var (code, _, error) = Run("templates", "list", "--templates", "/nonexistent/templates");

        Assert.Equal(2, code);
        Assert.Contains("/nonexistent/templates", error);
    }

    public void Dispose()
    {
        if (Directory.Exists(_index))
        {
            Directory.Delete(_index, recursive: true);
        }
    }
}
