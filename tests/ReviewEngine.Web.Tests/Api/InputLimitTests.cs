using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ReviewEngine.Web.Tests.Api;

/// <summary>Over-long free text (a decline reason, a comment, an expert's points) is refused with 400 naming the field.</summary>
public sealed class InputLimitTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public InputLimitTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task AMillionCharacterDeclineReasonIsRefusedNamingTheField()
    {
        var expert = await _app.ClientAsAsync("expert-1");

        var response = await expert.PostAsJsonAsync($"/api/cases/{Guid.NewGuid()}/consultation/decline", new { reason = new string('拒', 1_000_000) });

        await AssertRefusedAsync(response, "reason: 不能超过 5000 个字符");
    }

    [Fact]
    public async Task AnOverlongCommentOrPointIsRefusedNamingTheField()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "超长意见的办法", ReviewEngineApp.NormativeMaterials);
        var registrar = await _app.ClientAsAsync("lb-registrar");

        await AssertRefusedAsync(await ReviewEngineApp.ActAsync(registrar, id, new { actionId = "accept", comment = new string('长', 5001) }), "comment: 不能超过 5000 个字符");
        await AssertRefusedAsync(await ReviewEngineApp.ActAsync(registrar, id, new { actionId = "accept", points = new[] { new string('点', 5001) } }), "points:");
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(message, problem.GetProperty("detail").GetString());
    }
}
