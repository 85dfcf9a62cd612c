using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using ReviewEngine.Infrastructure.Documents;

namespace ReviewEngine.Cli.Tests.Opinions;

/// <summary>`review opinions render &lt;caseId&gt; --out &lt;file.docx&gt; [--db &lt;path&gt;]` over the demo database, where both
/// demo matters had their opinion approved and so carry an issued letter.</summary>
public sealed class OpinionsCliTests
{
    [Fact]
    public void RenderWritesTheIssuedLetterWithItsStoredHash()
    {
        var dir = Directory.CreateTempSubdirectory("re-opinions-").FullName;
        var db = Path.Combine(dir, "demo.db");
        var (demoCode, demoOut, demoErr) = CliRunner.Run("demo", "--db", db);
        Assert.True(demoCode == 0, demoErr + demoOut);
        var (caseId, storedSha) = IssuedLetter(db, "ADMIN_AGREEMENT");
        var output = Path.Combine(dir, "letter.docx");

        var (code, stdout, error) = CliRunner.Run("opinions", "render", caseId, "--out", output, "--db", db);

        Assert.True(code == 0, error);
        Assert.Equal(storedSha, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(output))));
        Assert.Contains(storedSha, stdout);
        var text = DocxTextExtractor.Extract(output);
        Assert.Contains("合法性审查意见书", text);
        Assert.Matches(@"罗埠审〔2026〕\d+号", text);
        Assert.Contains("罗埠镇人民政府（合法性审查专用章）", text);
        Assert.Contains("罗埠镇招商引资项目投资协议", text);
        Assert.Contains("（不同意见）", text);
        Assert.Contains("《最高人民法院关于审理行政协议案件若干问题的规定》第二十六条", text);
        Assert.Contains("五、区合法性审查中心指导意见", text);
        Assert.Contains("该意见所指问题已列入本意见书审查意见第2项", text);
        Assert.DoesNotMatch(@"[A-Z]-[A-Z]+-\d\d", text);
        Assert.DoesNotContain("luobu-", text);
    }

    [Fact]
    public void UnknownCaseIsBadInput()
    {
        var db = Path.Combine(Directory.CreateTempSubdirectory("re-opinions-").FullName, "empty.db");

        var (code, _, error) = CliRunner.Run("opinions", "render", Guid.NewGuid().ToString(), "--out", db + ".docx", "--db", db);

        Assert.Equal(2, code);
        Assert.Contains("未找到该案件", error);
    }

    private static (string CaseId, string Sha) IssuedLetter(string db, string kind)
    {
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={db}");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = """
            SELECT c.Id, d.Sha256 FROM ReviewCases c JOIN CaseDocuments d ON d.CaseId = c.Id
            WHERE c.Kind = $kind AND d.Purpose = 'opinionLetter'
            """;
        query.Parameters.AddWithValue("$kind", kind);
        using var reader = query.ExecuteReader();
        Assert.True(reader.Read(), "no issued opinion letter in the demo database");
        return (reader.GetString(0), reader.GetString(1));
    }
}
