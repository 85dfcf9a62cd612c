using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ReviewEngine.Web.Tests.Api;

/// <summary>Whoever loses a race on a case is told it is a conflict naming the case, with or without expectedVersion.</summary>
public sealed class RaceLoserTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public RaceLoserTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task TheSecondAcceptWithoutAVersionIsAConflictNamingTheCase()
    {
        var (id, number) = await SubmitAsync("后到者冲突的办法");
        var registrar = await _app.ClientAsAsync("lb-registrar");
        Assert.Equal(HttpStatusCode.OK, (await ReviewEngineApp.ActAsync(registrar, id, new { actionId = "accept" })).StatusCode);

        var late = await ReviewEngineApp.ActAsync(await _app.ClientAsAsync("lb-registrar"), id, new { actionId = "accept" });

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var problem = await late.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("操作冲突", problem.GetProperty("title").GetString());
        Assert.Contains(number, problem.GetProperty("detail").GetString());

        // Someone who never could accept is still refused for want of the right, not told about a race.
        var drafter = await ReviewEngineApp.ActAsync(await _app.ClientAsAsync("lb-drafter"), id, new { actionId = "accept" });
        Assert.Equal(HttpStatusCode.Forbidden, drafter.StatusCode);
    }

    [Fact]
    public async Task TwoConcurrentAcceptsWithoutAVersionGiveOneSuccessAndOneConflict()
    {
        var (id, _) = await SubmitAsync("同时受理的办法");
        var first = await _app.ClientAsAsync("lb-registrar");
        var second = await _app.ClientAsAsync("lb-registrar");

        var responses = await Task.WhenAll(
            ReviewEngineApp.ActAsync(first, id, new { actionId = "accept" }),
            ReviewEngineApp.ActAsync(second, id, new { actionId = "accept" }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
    }

    private async Task<(Guid Id, string Number)> SubmitAsync(string title)
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", title, ReviewEngineApp.NormativeMaterials);
        return (id, (await ReviewEngineApp.GetCaseAsync(drafter, id)).GetProperty("number").GetString()!);
    }
}
