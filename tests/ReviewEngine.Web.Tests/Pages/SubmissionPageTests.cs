using System.IO.Compression;
using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.Data.Sqlite;

namespace ReviewEngine.Web.Tests.Pages;

/// <summary>新建送审 with bad files, hostile text and double submission: clear messages, nothing half-saved.</summary>
public sealed class SubmissionPageTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public SubmissionPageTests(ReviewEngineApp app) => _app = app;

    private long CaseCount()
    {
        using var connection = new SqliteConnection($"Data Source={_app.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM ReviewCases";
        return (long)command.ExecuteScalar()!;
    }

    private static Dictionary<string, string> Fields(string title, string key) => new()
    {
        ["Kind"] = "NORMATIVE_DOC",
        ["Title"] = title,
        ["DraftingUnit"] = "罗埠镇农业农村办",
        ["SubmissionKey"] = key,
    };

    /// <summary>The normative document's required materials besides the text itself (送审稿), which each test brings.</summary>
    private static readonly (string Name, string FileName, byte[] Bytes)[] OtherMaterials =
    [
        ("file-draftingNote", "说明.txt", "起草说明"u8.ToArray()), ("file-legalBasis", "依据.txt", "制定依据"u8.ToArray()), ("file-publicComment", "征求意见.txt", "征求意见"u8.ToArray()),
    ];

    private static (string Name, string FileName, byte[] Bytes)[] WithDraft(string fileName, byte[] bytes) => [("file-draft", fileName, bytes), .. OtherMaterials];

    public static TheoryData<string, string, byte[], string> BadFiles => new()
    {
        { "not-docx", "办法.pdf", Encoding.UTF8.GetBytes("%PDF-1.4"), "不是 .docx 或 .txt 文件" },
        { "corrupt", "办法.docx", Encoding.UTF8.GetBytes("PK\u0003\u0004 这不是压缩包"), "已损坏" },
        { "zip-without-word", "办法.docx", Zip(("hello.txt", new byte[10])), "不是 Word 文档" },
        { "zip-bomb", "办法.docx", Zip(("word/document.xml", new byte[50_000_000])), "压缩炸弹" },
        { "oversize", "办法.txt", new byte[3 * 1024 * 1024], "超过上限" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task BadUploadIsRefusedWithAChineseMessageAndNothingIsSaved(string name, string fileName, byte[] bytes, string message)
    {
        var drafter = await PageTestClient.LoginAsync(_app, "lb-drafter");
        var form = await drafter.GetDocumentAsync("/Cases/New");
        var before = CaseCount();

        var response = await drafter.PostMultipartAsync("/Cases/New", form, Fields("坏文件 " + name, Guid.NewGuid().ToString("N")), ("file-draft", fileName, bytes));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html);
        Assert.Equal(before, CaseCount());
    }

    [Theory]
    [InlineData("")]
    [InlineData("UNKNOWN_KIND")]
    [InlineData("OUT_OF_SCOPE")]
    public async Task AnUnknownOrEmptyKindRedisplaysTheFormWithAMessage(string kind)
    {
        var drafter = await PageTestClient.LoginAsync(_app, "lb-drafter");
        var form = await drafter.GetDocumentAsync("/Cases/New");
        var before = CaseCount();
        var fields = Fields("类型被改的办法", Guid.NewGuid().ToString("N"));
        fields["Kind"] = kind;
        fields["PastedText"] = "第一条 正文";

        var response = await drafter.PostMultipartAsync("/Cases/New", form, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请选择审查事项类型", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, CaseCount());
    }

    [Fact]
    public async Task TheFormOffersMajorEnforcementAndKeepsTheInvestigators()
    {
        var drafter = await PageTestClient.LoginAsync(_app, "lb-drafter");
        var form = await drafter.GetDocumentAsync("/Cases/New");
        Assert.NotNull(form.QuerySelector("#kind option[value=MAJOR_ENFORCEMENT]"));
        Assert.NotNull(form.QuerySelector("input#investigators"));
        var fields = Fields("关于某公司违法建设的拟处罚决定", Guid.NewGuid().ToString("N"));
        fields["Kind"] = "MAJOR_ENFORCEMENT";
        fields["Investigators"] = "lb-reviewer、王调查";

        var response = await drafter.PostMultipartAsync("/Cases/New", form, fields, ("file-decisionDraft", "决定书.txt", Encoding.UTF8.GetBytes("行政处罚决定书（草稿）")),
            ("file-caseFacts", "报告.txt", "调查终结报告"u8.ToArray()), ("file-evidence", "证据.txt", "现场勘验笔录"u8.ToArray()), ("file-procedure", "程序.txt", "立案、告知"u8.ToArray()),
            ("file-legalBasis", "依据.txt", "城乡规划法"u8.ToArray()), ("file-discretion", "裁量.txt", "裁量基准"u8.ToArray()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var connection = new SqliteConnection($"Data Source={_app.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Metadata FROM ReviewCases WHERE Title = '关于某公司违法建设的拟处罚决定'";
        Assert.Contains("lb-reviewer、王调查", (string)command.ExecuteScalar()!);
    }

    [Fact]
    public async Task ScriptInATitleIsShownAsText()
    {
        var drafter = await PageTestClient.LoginAsync(_app, "lb-drafter");
        var form = await drafter.GetDocumentAsync("/Cases/New");
        const string title = "<script>alert('x')</script><img src=x onerror=alert(1)>办法";

        var response = await drafter.PostMultipartAsync("/Cases/New", form, Fields(title, Guid.NewGuid().ToString("N")), WithDraft("办法.txt", Encoding.UTF8.GetBytes("第一条 正文")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await drafter.GetDocumentAsync(response.Headers.Location!.ToString());

        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Empty(page.QuerySelectorAll("main img"));
    }

    [Fact]
    public async Task PostingTheSameFormTwiceOpensOneCase()
    {
        var drafter = await PageTestClient.LoginAsync(_app, "lb-drafter");
        var form = await drafter.GetDocumentAsync("/Cases/New");
        var key = Guid.NewGuid().ToString("N");
        var before = CaseCount();

        var first = await drafter.PostMultipartAsync("/Cases/New", form, Fields("重复提交", key), WithDraft("办法.txt", Encoding.UTF8.GetBytes("正文")));
        var second = await drafter.PostMultipartAsync("/Cases/New", form, Fields("重复提交", key), WithDraft("办法.txt", Encoding.UTF8.GetBytes("正文")));

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(before + 1, CaseCount());
    }

    [Fact]
    public async Task ADoubleSubmittedActionIsPerformedOnce()
    {
        var drafter = await PageTestClient.LoginAsync(_app, "lb-drafter");
        var form = await drafter.GetDocumentAsync("/Cases/New");
        var created = await drafter.PostMultipartAsync("/Cases/New", form, Fields("双击受理", Guid.NewGuid().ToString("N")),
            ("file-draft", "a.txt", "送审稿"u8.ToArray()), ("file-draftingNote", "b.txt", "说明"u8.ToArray()),
            ("file-legalBasis", "c.txt", "依据"u8.ToArray()), ("file-publicComment", "d.txt", "征求意见"u8.ToArray()));
        var url = created.Headers.Location!.ToString();
        var registrar = await PageTestClient.LoginAsync(_app, "lb-registrar");
        var page = await registrar.GetDocumentAsync(url);
        var version = page.QuerySelector("#action-accept input[name='Form.ExpectedVersion']")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string> { ["Form.ActionId"] = "accept", ["Form.ExpectedVersion"] = version };

        var first = await registrar.PostFormAsync(url + "?handler=Act", page, new(fields));
        var second = await registrar.PostFormAsync(url + "?handler=Act", page, new(fields));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("已被他人同时处理", await second.Content.ReadAsStringAsync());
        var after = await registrar.GetDocumentAsync(url);
        Assert.Single(after.QuerySelectorAll("#timeline tbody tr"), r => r.Children[3].TextContent == "受理");
    }

    [Fact]
    public async Task FormsWithoutTheAntiforgeryTokenAreRejected()
    {
        var client = _app.CreateClient();

        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "lb-drafter", ["Password"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task CaseOfAnotherTownshipIsNotFoundOnThePage()
    {
        var drafter = await PageTestClient.LoginAsync(_app, "lb-drafter");
        var form = await drafter.GetDocumentAsync("/Cases/New");
        var created = await drafter.PostMultipartAsync("/Cases/New", form, Fields("他镇不可见", Guid.NewGuid().ToString("N")), WithDraft("a.txt", "正文"u8.ToArray()));
        var other = await PageTestClient.LoginAsync(_app, "cb-reviewer");

        var response = await other.GetAsync(created.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(bytes);
            }
        }

        return stream.ToArray();
    }
}
