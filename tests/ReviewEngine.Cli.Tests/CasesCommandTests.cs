using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using ReviewEngine.Application.CaseFiles;

namespace ReviewEngine.Cli.Tests;

/// <summary>The `review cases` contract: list shape, export contents and order, and the errors.</summary>
public sealed class CasesCommandTests
{
    private static readonly Lazy<string> DemoDatabase = new(() =>
    {
        var db = Path.Combine(Directory.CreateTempSubdirectory("re-cases-").FullName, "demo.db");
        var (code, output, error) = CliRunner.Run("demo", "--db", db);
        Assert.True(code == 0, error + output);
        return db;
    });

    [Fact]
    public void ListPrintsTheContractShape()
    {
        var (code, output, error) = CliRunner.Run("cases", "list", "--db", DemoDatabase.Value, "--format", "json");

        Assert.True(code == 0, error);
        var cases = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(3, cases.Count);
        Assert.All(cases, c => Assert.Equal(["caseId", "title", "kind", "state", "township"], c.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["NORMATIVE_DOC", "ADMIN_AGREEMENT", "MAJOR_ENFORCEMENT"], cases.Select(c => c.GetProperty("kind").GetString()));
        Assert.All(cases, c => Assert.Equal("archived", c.GetProperty("state").GetString()));
        Assert.All(cases, c => Assert.Equal("罗埠镇人民政府", c.GetProperty("township").GetString()));
        Assert.True(Guid.TryParse(cases[0].GetProperty("caseId").GetString(), out _));
    }

    [Fact]
    public void ExportWritesCoverDocumentsInOrderAndTheVerifiedAuditLog()
    {
        var id = FirstCaseId();
        var zipPath = Path.Combine(Directory.CreateTempSubdirectory("re-export-").FullName, "case.zip");

        var (code, _, error) = CliRunner.Run("cases", "export", id, "--db", DemoDatabase.Value, "--out", zipPath);

        Assert.True(code == 0, error);
        using var zip = ZipFile.OpenRead(zipPath);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal("00-卷宗目录.docx", names[0]);
        Assert.Equal(
            ["01-送审材料-第1轮-draft.txt", "02-送审材料-第1轮-draftingNote.txt", "03-送审材料-第1轮-legalBasis.txt",
             "04-补正材料-第1轮-submitSupplement.txt", "05-审查意见书-第1轮-审查意见书-罗埠审〔2026〕1号.docx",
             "06-采纳情况反馈-第1轮-submitRevision.txt", "07-审计记录.json"],
            names.Skip(1));

        using var auditStream = zip.GetEntry("07-审计记录.json")!.Open();
        var audit = JsonDocument.Parse(auditStream).RootElement;
        Assert.True(audit.GetProperty("verification").GetProperty("valid").GetBoolean());
        Assert.Equal(audit.GetProperty("events").GetArrayLength(), audit.GetProperty("verification").GetProperty("eventCount").GetInt32());

        var cover = CoverText(zip);
        Assert.Contains("行政合法性审查卷宗目录", cover);
        Assert.Contains("罗埠镇农村生活垃圾分类管理办法", cover);
        Assert.Contains("罗埠镇人民政府", cover);
        Assert.Contains("哈希链校验通过", cover);
        foreach (var entry in zip.Entries.Skip(1))
        {
            Assert.Contains(entry.FullName, cover);
            Assert.Contains(Sha256(entry), cover);
        }
    }

    [Fact]
    public void ExportAcceptsTheCaseNumberAsWellAsTheId()
    {
        var dir = Directory.CreateTempSubdirectory("re-export-").FullName;
        // The system number, and the case number printed in the 审查意见书 (brackets as printed or as typed).
        string[] references = [FirstCaseId(), "luobu-2026-0001", " LUOBU-2026-0001 ", "罗埠审受〔2026〕1号", "罗埠审受[2026]1号"];

        var exports = references.Select((reference, i) =>
        {
            var zipPath = Path.Combine(dir, $"case-{i}.zip");
            var (code, output, error) = CliRunner.Run("cases", "export", reference, "--db", DemoDatabase.Value, "--out", zipPath);
            Assert.True(code == 0, error);
            Assert.Contains("已导出卷宗", output);
            using var zip = ZipFile.OpenRead(zipPath);
            return zip.Entries.Skip(1).Select(e => $"{e.FullName} {Sha256(e)}").ToList();
        }).ToList();

        Assert.Contains(exports[0], e => e.StartsWith("05-审查意见书-第1轮-审查意见书-罗埠审〔2026〕1号.docx", StringComparison.Ordinal));
        Assert.Equal(exports[0], exports[1]);
        Assert.Equal(exports[0], exports[2]);
        Assert.Equal(exports[0], exports[3]);
        Assert.Equal(exports[0], exports[4]);
    }

    [Fact]
    public void PrintedCaseNumbersCountTheTownshipsCasesOfTheYear()
    {
        var dir = Directory.CreateTempSubdirectory("re-export-").FullName;
        var second = Path.Combine(dir, "second.zip");
        var bySlug = Path.Combine(dir, "slug.zip");

        Assert.Equal(0, CliRunner.Run("cases", "export", "罗埠审受〔2026〕2号", "--db", DemoDatabase.Value, "--out", second).ExitCode);
        Assert.Equal(0, CliRunner.Run("cases", "export", "luobu-2026-0002", "--db", DemoDatabase.Value, "--out", bySlug).ExitCode);
        // The demo opens three 罗埠镇 cases (normative document, agreement, enforcement decision): a fourth does not exist.
        var (beyond, _, error) = CliRunner.Run("cases", "export", "罗埠审受〔2026〕4号", "--db", DemoDatabase.Value, "--out", Path.Combine(dir, "none.zip"));

        using (var a = ZipFile.OpenRead(second))
        using (var b = ZipFile.OpenRead(bySlug))
        {
            Assert.Equal(b.Entries.Skip(1).Select(Sha256), a.Entries.Skip(1).Select(Sha256));
        }

        Assert.Equal(2, beyond);
        Assert.Contains("案件不存在", error);
    }

    [Fact]
    public void IndexCasesRebuildsTheFullTextIndexOfCaseDocuments()
    {
        var index = Path.Combine(Directory.CreateTempSubdirectory("re-case-index-").FullName, "case-index");

        var (code, output, error) = CliRunner.Run("index", "cases", "--db", DemoDatabase.Value, "--index", index);

        Assert.True(code == 0, error);
        Assert.Contains("已重建案件材料索引", output);
        Assert.DoesNotContain("：0 个文件", output);
        Assert.NotEmpty(Directory.GetFiles(index, "segments_*"));
    }

    [Fact]
    public void UnknownCaseIsBadInputWithAMessage()
    {
        var target = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".zip");

        var (code, _, error) = CliRunner.Run("cases", "export", Guid.NewGuid().ToString(), "--db", DemoDatabase.Value, "--out", target);
        var (notGuid, _, notGuidError) = CliRunner.Run("cases", "export", "no-such-case", "--db", DemoDatabase.Value, "--out", target);

        Assert.Equal(2, code);
        Assert.Contains("案件不存在", error);
        Assert.Equal(2, notGuid);
        Assert.Contains("案件不存在", notGuidError);
        Assert.False(File.Exists(target));
        Assert.Equal(2, CliRunner.Run("cases", "list", "--db", "/nonexistent/review.db", "--format", "json").ExitCode);
    }

    [Fact]
    public void SectionsFollowTheFixedOrder()
    {
        string[] purposes = ["submit", "submitNewRound", "submitSupplement", "submitLawyerOpinion", "giveExpertOpinion", "draftOpinion", "approveOpinion", "confirmAdoption", "submitRevision", "sign", "signingRefused", "somethingElse"];

        var parsed = Domain.Workflows.WorkflowParser.Parse(File.ReadAllText(Path.Combine(ReviewEngine.Tests.Shared.TestPaths.Workflows, "administrative-agreement.json")), "administrative-agreement.json");
        var wf = parsed.Definition!;

        var ranks = purposes.Select(p => CaseFileSection.Rank(wf, p)).ToList();

        Assert.Equal(ranks.Order(), ranks);
        Assert.Equal(["送审材料", "补正材料", "法律意见与专家意见", "审查意见书", "采纳情况反馈", "签订文本", "其他材料"],
            purposes.Select(p => CaseFileSection.Label(wf, p)).Distinct());
    }

    private static string FirstCaseId()
    {
        var (_, output, _) = CliRunner.Run("cases", "list", "--db", DemoDatabase.Value, "--format", "json");
        return JsonDocument.Parse(output).RootElement[0].GetProperty("caseId").GetString()!;
    }

    private static string CoverText(ZipArchive zip)
    {
        using var copy = new MemoryStream();
        using (var s = zip.GetEntry("00-卷宗目录.docx")!.Open())
        {
            s.CopyTo(copy);
        }

        using var doc = WordprocessingDocument.Open(copy, false);
        return string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text));
    }

    private static string Sha256(ZipArchiveEntry entry)
    {
        using var s = entry.Open();
        return Convert.ToHexStringLower(SHA256.HashData(s));
    }
}
