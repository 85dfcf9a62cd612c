using System.Net;
using System.Text;
using System.Text.Json;

namespace ReviewEngine.Web.Tests.Api;

/// <summary>Malformed requests get a 4xx with a Chinese message, not the exception handler's 500 (scripts/bad-input.sh has the full set).</summary>
public sealed class BadRequestTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public BadRequestTests(ReviewEngineApp app) => _app = app;

    [Theory]
    [InlineData("/api/cases", "{", "不是有效的 JSON")]
    [InlineData("/api/cases", "{\"kind\":5,\"title\":\"x\"}", "$.kind")]
    [InlineData("/api/cases", "{}", "kind: 必填")]
    [InlineData("/api/cases", "{\"kind\":\"OUT_OF_SCOPE\",\"title\":\"t\"}", "kind: 未知或未受理")]
    [InlineData("/api/cases", "{\"kind\":\"NORMATIVE_DOC\",\"title\":\"t\",\"documents\":[null]}", "documents")]
    [InlineData("/api/cases", "{\"kind\":\"NORMATIVE_DOC\",\"title\":\"t\",\"amount\":1e30}", "$.amount")]
    [InlineData("/api/notifications/read", "{\"ids\":[\"x\"]}", "$.ids[0]")]
    [InlineData("/api/cases", "{\"kind\":\"NORMATIVE_DOC\",\"title\":\"办法\\u0000\"}", "title: 不能含控制字符")]
    [InlineData("/api/cases", "{\"kind\":\"NORMATIVE_DOC\",\"title\":\"\\u202E法合\"}", "title: 不能含控制字符或文字方向控制符")]
    [InlineData("/api/cases", "{\"kind\":\"NORMATIVE_DOC\",\"title\":\"t\",\"documents\":[{\"fileName\":\"a.txt\",\"base64\":\"YQ==\",\"materialId\":\"nope\"}]}", "materialId: 未知材料 'nope'")]
    [InlineData("/api/cases/00000000-0000-0000-0000-000000000001/actions",
        "{\"actionId\":\"draftOpinion\",\"issues\":[{\"no\":1,\"finding\":\"a\"},{\"no\":1,\"finding\":\"b\"}]}", "issues.no: 问题序号 1 重复")]
    public async Task MalformedBodyIsABadRequestWithAMessage(string path, string body, string message)
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var response = await drafter.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await DetailAsync(response));
    }

    [Theory]
    [InlineData("/api/inbox?filter=zzz", "filter")]
    [InlineData("/api/cases?page=abc", "page")]
    [InlineData("/api/cases?page=0", "page")]
    [InlineData("/api/calendar/add-working-days?start=9999-12-31&n=3650", "start")]
    public async Task UnusableQueryIsABadRequestWithAMessage(string path, string message)
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var response = await drafter.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await DetailAsync(response));
    }

    [Fact]
    public async Task OverlongSearchTextIsABadRequest()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var response = await drafter.GetAsync("/api/cases?q=" + new string('q', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("q: 不能超过 200", await DetailAsync(response));
    }

    [Fact]
    public async Task OverlongTitleIsRefused()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var body = JsonSerializer.Serialize(new { kind = "NORMATIVE_DOC", title = new string('题', 501) });
        var response = await drafter.PostAsync("/api/cases", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("title", await DetailAsync(response));
    }

    [Fact]
    public async Task OverlongMaterialIdIsRefused()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var body = JsonSerializer.Serialize(new { kind = "NORMATIVE_DOC", title = "t", documents = new[] { new { fileName = "a.txt", base64 = "YQ==", materialId = new string('m', 100_000) } } });
        var response = await drafter.PostAsync("/api/cases", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("materialId: 不能超过 64 个字符", await DetailAsync(response));
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
}
