using System.Net;
using ReviewEngine.Web.Tests.Api;
using Xunit.Abstractions;

namespace ReviewEngine.Web.Tests.Pages;

/// <summary>
/// Round trips per page (issue 19 item 3, ADR 0009), counted by an EF command interceptor on the app's context. Every
/// count includes the viewer's read (one statement; another change caches it) and, on a page, the bell's unread count
/// in the layout (one statement).
/// </summary>
public sealed class PageRoundTripTests : IDisposable
{
    private readonly ITestOutputHelper _output;
    private readonly RequestCommandCounter _counter = RequestCommandCounter.AllRequests();
    private readonly ReviewEngineApp _app;

    public PageRoundTripTests(ITestOutputHelper output)
    {
        _output = output;
        _app = new ReviewEngineApp { Interceptors = [_counter] };
    }

    [Fact]
    public async Task TheInboxIsOneStatementOverItsLinesBesideTheViewerAndTheBell()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var registrar = await _app.ClientAsAsync("lb-registrar");
        var claimed = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "往返次数的办法", ReviewEngineApp.NormativeMaterials);
        var pooled = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "往返次数的另一办法", ReviewEngineApp.NormativeMaterials);
        await ReviewEngineApp.ActAsync(registrar, claimed, new { actionId = "accept" });
        await ReviewEngineApp.ActAsync(registrar, pooled, new { actionId = "accept" });
        var api = await _app.ClientAsAsync("lb-reviewer");
        await ReviewEngineApp.ActAsync(api, claimed, new { actionId = "markComplex", comment = "涉及罚款设定" }); // claims the task
        var page = await PageTestClient.LoginAsync(_app, "lb-reviewer");

        var inboxPage = await CountAsync(() => page.GetAsync("/"));
        var inboxApi = await CountAsync(() => api.GetAsync("/api/inbox"));

        // Viewer, the inbox (mine and the pool in one UNION ALL), the bell.
        Assert.Equal(3, inboxPage.Count);
        Assert.Single(inboxPage, c => c.Contains("FROM \"InboxLines\"", StringComparison.Ordinal));
        Assert.DoesNotContain(inboxPage, c => c.Contains("\"WorkItems\"", StringComparison.Ordinal) || c.Contains("\"ReviewCases\"", StringComparison.Ordinal));
        // Viewer and the inbox.
        Assert.Equal(2, inboxApi.Count);
        var html = await (await page.GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Contains("往返次数的办法", html, StringComparison.Ordinal);
        Assert.Contains("往返次数的另一办法", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCasePageReadsTheCaseAndItsRecordsOnceEach()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var registrar = await _app.ClientAsAsync("lb-registrar");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "往返次数的办法", ReviewEngineApp.NormativeMaterials);
        await ReviewEngineApp.ActAsync(registrar, id, new { actionId = "accept" });
        var page = await PageTestClient.LoginAsync(_app, "lb-reviewer");
        var api = await _app.ClientAsAsync("lb-reviewer");
        await page.GetAsync($"/Cases/Details/{id}"); // compiled queries and caches warm, as for anyone already working

        var casePage = await CountAsync(() => page.GetAsync($"/Cases/Details/{id}"));
        var caseApi = await CountAsync(() => api.GetAsync($"/api/cases/{id}"));

        // Viewer; the case with its open tasks (visibility in the same statement); its timeline, documents and the latest
        // draft's pre-review findings. The bell adds nothing: nothing changed for the reviewer since the warm-up request
        // (ADR 0016). Before: 11 (the case read twice, all active users, the consultations and two visibility checks again).
        Assert.Equal(5, casePage.Count);
        Assert.Single(casePage, c => c.Contains("FROM \"ReviewCases\"", StringComparison.Ordinal));
        // The API: the same.
        Assert.Equal(5, caseApi.Count);
    }

    private async Task<List<string>> CountAsync(Func<Task<HttpResponseMessage>> send)
    {
        _counter.Reset();
        var response = await send();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var commands = _counter.Commands.ToList();
        _output.WriteLine($"{commands.Count} statements:\n" + string.Join("\n---\n", commands));
        return commands;
    }

    public void Dispose() => _app.Dispose();
}
