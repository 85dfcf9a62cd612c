using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using ReviewEngine.Infrastructure.Documents;

namespace ReviewEngine.Cli.Tests.Contracts;

/// <summary>The `review contracts …` contract other tools rely on (issue 5): JSON shapes and exit codes.</summary>
public sealed class ContractsCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("re-contracts-").FullName;

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using StringWriter output = new(), error = new();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string ExampleFile()
    {
        var (code, json, _) = Run("contracts", "fields", "investment-attraction", "--example", "--format", "json");
        Assert.Equal(0, code);
        var path = Path.Combine(_dir, "fields.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void FieldsPrintsTheSchemaAsJson()
    {
        var (code, output, _) = Run("contracts", "fields", "investment-attraction", "--format", "json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("investment-attraction", root.GetProperty("templateId").GetString());
        var fields = root.GetProperty("fields").EnumerateArray().ToList();
        var code18 = fields.Single(f => f.GetProperty("name").GetString() == "partyBCode");
        Assert.Equal("统一社会信用代码", code18.GetProperty("type").GetString());
        Assert.True(code18.GetProperty("required").GetBoolean());
        Assert.Contains(root.GetProperty("clauses").EnumerateArray(), c => c.GetProperty("id").GetString() == "policy" && !c.GetProperty("locked").GetBoolean());
    }

    [Fact]
    public void FieldsListTheChecksBetweenFields()
    {
        var (code, output, _) = Run("contracts", "fields", "land-recovery", "--format", "json");

        Assert.Equal(0, code);
        var check = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("checks").EnumerateArray(), c => c.GetProperty("kind").GetString() == "sum");
        Assert.Equal("totalCompensation", check.GetProperty("field").GetString());
        Assert.Equal(["landCompensation", "buildingCompensation", "otherCompensation"], check.GetProperty("others").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void ExampleValuesGenerateAValidContract()
    {
        var output = Path.Combine(_dir, "contract.docx");
        var (code, stdout, _) = Run("contracts", "generate", "investment-attraction", "--fields", ExampleFile(), "--out", output,
            "--omit-clause", "policy", "--omit-clause", "assistance", "--format", "json");

        Assert.Equal(0, code);
        var result = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(output, result.GetProperty("out").GetString());
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(output)));
        Assert.Equal(sha, result.GetProperty("sha256").GetString());
        Assert.Equal(["assistance", "policy"], result.GetProperty("omitted").EnumerateArray().Select(e => e.GetString()));
        var text = DocxTextExtractor.Extract(output);
        Assert.Contains("金华××智能装备有限公司", text);
        Assert.DoesNotContain("扶持政策", text);
        using var doc = WordprocessingDocument.Open(output, false);
        Assert.NotNull(doc.CustomFilePropertiesPart);
    }

    [Fact]
    public void InvalidFieldsExitTwoWithErrorsPerFieldInJson()
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(ExampleFile()))!;
        fields["partyBCode"] = "91330702MA2EXAMP1A";
        fields.Remove("partyA");
        var path = Path.Combine(_dir, "bad.json");
        File.WriteAllText(path, JsonSerializer.Serialize(fields));
        var output = Path.Combine(_dir, "bad.docx");

        var (code, stdout, _) = Run("contracts", "generate", "investment-attraction", "--fields", path, "--out", output, "--format", "json");

        Assert.Equal(2, code);
        Assert.False(File.Exists(output));
        var errors = JsonDocument.Parse(stdout).RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.All(errors, e => Assert.Equal(["field", "message"], e.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["partyA", "partyBCode"], errors.Select(e => e.GetProperty("field").GetString()));
        Assert.Equal("甲方为必填项", errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public void OmittingALockedClauseIsAnError()
    {
        var (code, _, error) = Run("contracts", "generate", "investment-attraction", "--fields", ExampleFile(),
            "--out", Path.Combine(_dir, "x.docx"), "--omit-clause", "breach");

        Assert.Equal(2, code);
        Assert.Contains("omitClause：第八条「违约责任」（breach）为锁定条款，不得删除", error);
    }

    /// <summary>Issue 16 item 3: scripts written before land-transfer was renamed keep working.</summary>
    [Fact]
    public void TheFormerIdOfARenamedTemplateStillPrintsItsFieldsAndGeneratesIt()
    {
        var (code, json, _) = Run("contracts", "fields", "land-transfer", "--example", "--format", "json");
        Assert.Equal(0, code);
        var fields = Path.Combine(_dir, "farm.json");
        File.WriteAllText(fields, json);
        var output = Path.Combine(_dir, "farm.docx");

        var (generated, stdout, _) = Run("contracts", "generate", "land-transfer", "--fields", fields, "--out", output, "--format", "json");

        Assert.Equal(0, generated);
        var result = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("land-management-right-transfer", result.GetProperty("templateId").GetString());
        Assert.Contains("土地经营权流转合同", DocxTextExtractor.Extract(File.OpenRead(output)));
    }

    [Fact]
    public void UnknownTemplateIsBadInput()
    {
        var (code, _, error) = Run("contracts", "fields", "no-such-template", "--format", "json");

        Assert.Equal(2, code);
        Assert.Contains("没有范本 'no-such-template'", error);
    }

    [Fact]
    public void DuplicateKeyInTheFieldsFileExitsTwoNamingTheKey()
    {
        var json = File.ReadAllText(ExampleFile()).TrimEnd().TrimEnd('}') + ",\n  \"partyB\": \"另一家公司\"\n}";
        var path = Path.Combine(_dir, "dup.json");
        File.WriteAllText(path, json);
        var output = Path.Combine(_dir, "dup.docx");

        var (code, _, error) = Run("contracts", "generate", "investment-attraction", "--fields", path, "--out", output, "--format", "json");

        Assert.Equal(2, code);
        Assert.Contains("字段 partyB 在字段文件中出现了不止一次", error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void OutIntoAMissingFolderExitsTwoNamingItAndCreatesNothing()
    {
        var missing = Path.Combine(_dir, "no-such-folder");
        var (code, _, error) = Run("contracts", "generate", "investment-attraction", "--fields", ExampleFile(),
            "--out", Path.Combine(missing, "c.docx"), "--format", "json");

        Assert.Equal(2, code);
        Assert.Contains($"--out 的文件夹不存在：{missing}", error);
        Assert.False(Directory.Exists(missing));
    }

    [Theory]
    [InlineData("totalInvestment", "1000000000000.00", "项目总投资不得大于999,999,999,999.99")]
    [InlineData("totalInvestment", "1234567890123456", "项目总投资不得大于999,999,999,999.99")]
    public void OversizedAmountsExitTwoNamingTheField(string field, string value, string message)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(ExampleFile()))!;
        fields[field] = value;
        var path = Path.Combine(_dir, "big.json");
        File.WriteAllText(path, JsonSerializer.Serialize(fields));

        var (code, stdout, _) = Run("contracts", "generate", "investment-attraction", "--fields", path, "--out", Path.Combine(_dir, "big.docx"), "--format", "json");

        Assert.Equal(2, code);
        var error = Assert.Single(JsonDocument.Parse(stdout).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
    }

    [Fact]
    public void APartyNameOfTwoThousandCharactersExitsTwoNamingTheField()
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(ExampleFile()))!;
        fields["partyB"] = new string('金', 2000);
        var path = Path.Combine(_dir, "long.json");
        File.WriteAllText(path, JsonSerializer.Serialize(fields));

        var (code, stdout, _) = Run("contracts", "generate", "investment-attraction", "--fields", path, "--out", Path.Combine(_dir, "long.docx"), "--format", "json");

        Assert.Equal(2, code);
        var error = Assert.Single(JsonDocument.Parse(stdout).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("partyB", error.GetProperty("field").GetString());
        Assert.Equal("乙方不得超过200个字（实为2000个）", error.GetProperty("message").GetString());
    }

    public void Dispose() => Directory.Delete(_dir, true);
}
