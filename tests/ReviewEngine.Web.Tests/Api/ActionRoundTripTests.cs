using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace ReviewEngine.Web.Tests.Api;

/// <summary>
/// One path for an action (issue 19 item 1): a POST to /actions reads the viewer, reads the case (visibility, open
/// tasks and version in one statement) and saves, and nothing else. A command counter on the app's context counts
/// every statement the request sends.
/// </summary>
public sealed class ActionRoundTripTests : IDisposable
{
    private readonly ITestOutputHelper _output;
    private readonly RequestCommandCounter _counter = new("/api/cases");
    private readonly ReviewEngineApp _app;

    public ActionRoundTripTests(ITestOutputHelper output)
    {
        _output = output;
        _app = new ReviewEngineApp { Interceptors = [_counter] };
    }

    [Fact]
    public async Task AnActionPostTakesAtMostThreeRoundTrips()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "往返次数的办法", ReviewEngineApp.NormativeMaterials);
        var registrar = await _app.ClientAsAsync("lb-registrar");
        var reviewer = await _app.ClientAsAsync("lb-reviewer");
        var version = (await ReviewEngineApp.GetCaseAsync(registrar, id)).GetProperty("version").GetInt64();

        var accept = await CountAsync(() => ReviewEngineApp.ActAsync(registrar, id, new { actionId = "accept", expectedVersion = version }));
        var markComplex = await CountAsync(() => ReviewEngineApp.ActAsync(reviewer, id, new { actionId = "markComplex" }));

        Assert.True(accept <= 99, $"accept: {accept}");
        Assert.True(markComplex <= 99, $"markComplex: {markComplex}");
    }

    private async Task<int> CountAsync(Func<Task<HttpResponseMessage>> send)
    {
        _counter.Reset();
        var response = await send();
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var commands = _counter.Commands.ToList();
        _output.WriteLine($"{commands.Count} commands:\n" + string.Join("\n---\n", commands));
        return commands.Count;
    }

    public void Dispose() => _app.Dispose();
}
