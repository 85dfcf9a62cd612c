using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewEngine.Cli.Tests.PreReview;

/// <summary>The `review precheck` contract: JSON shape, document input, and exit code 2 on bad input.</summary>
public sealed class PreCheckCommandTests : IDisposable
{
    private static readonly string[] FindingKeys = ["ruleId", "severity", "curability", "clause", "start", "end", "excerpt", "basis", "replacement"];
    private readonly string _dir = Directory.CreateTempSubdirectory("precheck-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void CaseJsonProducesTheContractShape()
    {
        var path = WriteCase("""
            {"kind":"NORMATIVE_DOC","title":"××镇生活垃圾分类管理办法",
             "text":"《××镇生活垃圾分类管理办法》\n第一条 为推进垃圾分类，制定本办法。\n第六条 未按规定分类投放的，由镇综合行政执法队处五十元以上二百元以下罚款。\n第八条 本办法自2026年7月1日起施行，有效期三年。",
             "meta":{"issuer":"××镇人民政府","draftedOn":"2026-03-02","publicCommentDays":30,"fairCompetitionReview":true,"facts":{"起草说明":"齐全"}}}
            """);

        var (code, stdout, stderr) = Run("precheck", "--input", path, "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        // The contract's fields come first and stay; fields added since (issue 15) follow them.
        Assert.Equal(["scope", "findings", "conclusion", "conclusionReason", "decidingRules"], root.EnumerateObject().Select(p => p.Name));
        Assert.Contains("N-CONT-02", root.GetProperty("decidingRules").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("in", root.GetProperty("scope").GetString());
        Assert.Equal("修改后合法", root.GetProperty("conclusion").GetString());
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.All(findings, f => Assert.Equal(FindingKeys, f.EnumerateObject().Select(p => p.Name)));
        Assert.All(findings, f => Assert.Contains(f.GetProperty("severity").GetString(), new[] { "BLOCKING", "MAJOR", "MINOR", "ADVICE" }));
        Assert.All(findings, f => Assert.Contains(f.GetProperty("curability").GetString(), new[] { "SEVERABLE", "NOT_CURABLE" }));
        var fine = Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == "N-CONT-02");
        Assert.Equal("第六条", fine.GetProperty("clause").GetString());
        Assert.True(fine.GetProperty("end").GetInt32() > fine.GetProperty("start").GetInt32());
        Assert.Contains("罚款", fine.GetProperty("excerpt").GetString(), StringComparison.Ordinal);
        Assert.Contains("行政处罚法", fine.GetProperty("basis").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void InternalDocumentIsReportedOutOfScope()
    {
        var path = WriteCase("""{"kind":"OUT_OF_SCOPE","title":"会议纪要","text":"《××镇党政联席会议纪要》\n一、会议同意村道硬化工程立项。","meta":{}}""");

        var (code, stdout, _) = Run("precheck", "--input", path, "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("out", json.RootElement.GetProperty("scope").GetString());
        Assert.Equal("不属于审查范围", json.RootElement.GetProperty("conclusion").GetString());
    }

    [Fact]
    public void TextDocumentWithKindAndMetaPrintsAChineseReport()
    {
        var path = Path.Combine(_dir, "lease.txt");
        File.WriteAllText(path, "《厂房租赁合同》 出租人：××街道办事处 承租人：××有限公司\n第二条 租赁期限为三十年。\n第十条 争议提交××仲裁委员会仲裁。");

        var (code, stdout, _) = Run("precheck", path, "--kind", "AGENCY_CIVIL_CONTRACT", "--meta", "subtype=租赁", "--meta", "counterparty=××有限公司");

        Assert.Equal(0, code);
        Assert.Contains("建议结论：修改后签订", stdout, StringComparison.Ordinal);
        Assert.Contains("C-TERM-01", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("C-DISP-01", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void DocxParagraphsAndTablesAreChecked()
    {
        var path = Path.Combine(_dir, "agreement.docx");
        WriteDocx(path, ["《××镇项目投资协议》"], [["甲方：", "××镇人民政府"], ["乙方：", "××科技有限公司"]],
            ["第三条 甲方为乙方向银行申请的贷款提供担保。", "第十条 争议提交金华仲裁委员会仲裁。"]);

        var (code, stdout, _) = Run("precheck", path, "--kind", "ADMIN_AGREEMENT", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var ids = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
        Assert.Contains("C-FIN-03", ids);
        Assert.Contains("C-DISP-01", ids);
    }

    [Theory]
    [InlineData("missing-file")]
    [InlineData("invalid-json")]
    [InlineData("unknown-kind")]
    [InlineData("document-unknown-kind")]
    [InlineData("document-without-kind")]
    [InlineData("nothing")]
    public void BadInputExitsWithCodeTwoAndAMessage(string situation)
    {
        var txt = Path.Combine(_dir, "doc.txt");
        File.WriteAllText(txt, "第一条 测试。");
        string[] args = situation switch
        {
            "missing-file" => ["precheck", "--input", Path.Combine(_dir, "absent.json"), "--format", "json"],
            "invalid-json" => ["precheck", "--input", WriteCase("{\"kind\": "), "--format", "json"],
            "unknown-kind" => ["precheck", "--input", WriteCase("""{"kind":"POLICY","title":"x","text":"y"}"""), "--format", "json"],
            "document-unknown-kind" => ["precheck", txt, "--kind", "POLICY"],
            "document-without-kind" => ["precheck", txt],
            _ => ["precheck"],
        };

        var (code, stdout, stderr) = Run(args);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("precheck: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void BenchPrintsBothRatesAndTheRatio()
    {
        var (code, stdout, _) = Run("bench", "precheck", "--iterations", "20");

        Assert.Equal(0, code);
        Assert.Contains("baseline", stdout, StringComparison.Ordinal);
        Assert.Contains("ratio precheck/baseline", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void BenchTopListsTheCostliestDetectorsMeasuredInTheEngine()
    {
        var (code, stdout, _) = Run("bench", "precheck", "--iterations", "20", "--top", "3");

        Assert.Equal(0, code);
        var listing = stdout[stdout.IndexOf("costliest of", StringComparison.Ordinal)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"costliest of \d+ detectors in the pre-review of the bench document", listing[0]);
        Assert.Equal(3, listing.Length - 1);
        // Each row: µs per document, then the rule and detector (N-CONT-02#0) or the set-up row, then what it matches.
        Assert.All(listing.Skip(1), row => Assert.Matches(@"^\s+\d+\.\d\s+([NCM]-[A-Z]+-\d{2}#\d+|\(segmentation)", row));
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string WriteCase(string json)
    {
        var path = Path.Combine(_dir, $"case-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static void WriteDocx(string path, string[] before, string[][] table, string[] after)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var body = new Body();
        body.Append(before.Select(Para));
        body.Append(new Table(table.Select(row => new TableRow(row.Select(cell => new TableCell(Para(cell)))))));
        body.Append(after.Select(Para));
        document.AddMainDocumentPart().Document = new Document(body);
    }

    private static Paragraph Para(string text) => new(new Run(new Text(text)));
}
