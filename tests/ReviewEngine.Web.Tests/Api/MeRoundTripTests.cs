using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace ReviewEngine.Web.Tests.Api;

/// <summary>
/// The signed-in floor (issue 19, ADR 0016): on a warm cache GET /api/me sends one statement, the read of the person's
/// and organisation's change counters by key; the bell on a page adds none until something changes for them.
/// </summary>
public sealed class MeRoundTripTests : IDisposable
{
    private readonly ITestOutputHelper _output;
    private readonly RequestCommandCounter _me = new("/api/me");
    private readonly RequestCommandCounter _pages = new("/Templates");
    private readonly ReviewEngineApp _app;

    public MeRoundTripTests(ITestOutputHelper output)
    {
        _output = output;
        _app = new ReviewEngineApp { Interceptors = [_me, _pages] };
    }

    [Fact]
    public async Task MeOnAWarmCacheReadsOnlyTheChangeCounters()
    {
        var reviewer = await _app.ClientAsAsync("lb-reviewer");
        await reviewer.GetAsync("/api/me"); // the first request of a person on this node reads the account

        _me.Reset();
        var me = await reviewer.GetFromJsonAsync<JsonElement>("/api/me");

        var command = Assert.Single(Commands(_me));
        Assert.Contains("FROM \"ChangeCounters\"", command);
        Assert.Equal("lb-reviewer", me.GetProperty("userId").GetString());
        Assert.Contains("reviewer", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task TheBellCountsOnlyAfterSomethingChangedForTheViewer()
    {
        var page = await Pages.PageTestClient.LoginAsync(_app, "lb-reviewer");
        await page.GetDocumentAsync("/Templates");

        _pages.Reset();
        var warm = await page.GetDocumentAsync("/Templates");
        Assert.DoesNotContain(Commands(_pages), c => c.Contains("\"Notifications\""));
        Assert.Null(warm.QuerySelector("#bell-count"));

        // A hand-off to the township's reviewers bumps lb-reviewer's counter: the next page counts again, once.
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "铃铛计数的办法", ReviewEngineApp.NormativeMaterials);
        var accept = await ReviewEngineApp.ActAsync(await _app.ClientAsAsync("lb-registrar"), id, new { actionId = "accept" });
        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);

        _pages.Reset();
        var after = await page.GetDocumentAsync("/Templates");
        Assert.Single(Commands(_pages), c => c.Contains("\"Notifications\""));
        Assert.Equal("1", after.QuerySelector("#bell-count")?.TextContent);

        _pages.Reset();
        await page.GetDocumentAsync("/Templates");
        Assert.DoesNotContain(Commands(_pages), c => c.Contains("\"Notifications\""));
    }

    private List<string> Commands(RequestCommandCounter counter)
    {
        var commands = counter.Commands.ToList();
        _output.WriteLine($"{commands.Count} statements:\n" + string.Join("\n---\n", commands));
        return commands;
    }

    public void Dispose() => _app.Dispose();
}
