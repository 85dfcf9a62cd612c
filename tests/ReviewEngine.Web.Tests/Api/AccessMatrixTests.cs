using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ReviewEngine.Web.Tests.Api;

/// <summary>Who sees and does what: role × own/other township × each action of the review step, through the API.</summary>
public sealed class AccessMatrixTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public AccessMatrixTests(ReviewEngineApp app) => _app = app;

    private async Task<Guid> CaseInReviewAsync(string title)
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", title, ReviewEngineApp.NormativeMaterials);
        var registrar = await _app.ClientAsAsync("lb-registrar");
        var accepted = await ReviewEngineApp.ActAsync(registrar, id, new { actionId = "accept" });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        return id;
    }

    [Theory]
    [InlineData("lb-drafter", HttpStatusCode.OK)]
    [InlineData("lb-registrar", HttpStatusCode.OK)]
    [InlineData("lb-reviewer", HttpStatusCode.OK)]
    [InlineData("lb-lead", HttpStatusCode.OK)]
    [InlineData("wc-district", HttpStatusCode.OK)]
    [InlineData("cb-drafter", HttpStatusCode.NotFound)]
    [InlineData("cb-reviewer", HttpStatusCode.NotFound)]
    [InlineData("cb-lead", HttpStatusCode.NotFound)]
    [InlineData("lb-lawyer", HttpStatusCode.NotFound)]
    [InlineData("expert-1", HttpStatusCode.NotFound)]
    public async Task CaseIsVisibleOnlyToItsTownshipTheDistrictAndTaskHolders(string user, HttpStatusCode expected)
    {
        var id = await CaseInReviewAsync("可见性测试 " + user);
        var client = await _app.ClientAsAsync(user);

        var response = await client.GetAsync($"/api/cases/{id}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task LawyerSeesTheCaseOnceAskedAndKeepsSeeingItAfterAnswering()
    {
        var id = await CaseInReviewAsync("律师可见性");
        var lawyer = await _app.ClientAsAsync("lb-lawyer");
        var reviewer = await _app.ClientAsAsync("lb-reviewer");

        Assert.Equal(HttpStatusCode.NotFound, (await lawyer.GetAsync($"/api/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ReviewEngineApp.ActAsync(reviewer, id, new { actionId = "requestLawyerOpinion" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lawyer.GetAsync($"/api/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ReviewEngineApp.ActAsync(lawyer, id, new { actionId = "submitLawyerOpinion", comment = "意见" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lawyer.GetAsync($"/api/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _app.ClientAsAsync("cb-lawyer")).GetAsync($"/api/cases/{id}")).StatusCode);
    }

    // Each action available in 乡镇审查, tried by every township role of both townships.
    [Theory]
    [InlineData("requestLawyerOpinion", "lb-reviewer", HttpStatusCode.OK)]
    [InlineData("requestLawyerOpinion", "lb-drafter", HttpStatusCode.Forbidden)]
    [InlineData("requestLawyerOpinion", "lb-registrar", HttpStatusCode.Forbidden)]
    [InlineData("requestLawyerOpinion", "lb-lead", HttpStatusCode.Forbidden)]
    [InlineData("requestLawyerOpinion", "cb-reviewer", HttpStatusCode.NotFound)]
    [InlineData("markComplex", "lb-reviewer", HttpStatusCode.OK)]
    [InlineData("markComplex", "lb-lawyer", HttpStatusCode.NotFound)]
    [InlineData("markComplex", "cb-reviewer", HttpStatusCode.NotFound)]
    [InlineData("approveExtension", "lb-lead", HttpStatusCode.UnprocessableEntity)]
    [InlineData("approveExtension", "lb-reviewer", HttpStatusCode.Forbidden)]
    [InlineData("approveExtension", "cb-lead", HttpStatusCode.NotFound)]
    [InlineData("withdraw", "lb-drafter", HttpStatusCode.OK)]
    [InlineData("withdraw", "lb-reviewer", HttpStatusCode.Forbidden)]
    [InlineData("withdraw", "cb-drafter", HttpStatusCode.NotFound)]
    [InlineData("referToDistrict", "lb-reviewer", HttpStatusCode.OK)]
    [InlineData("referToDistrict", "wc-district", HttpStatusCode.Forbidden)]
    [InlineData("draftOpinion", "lb-reviewer", HttpStatusCode.UnprocessableEntity)]
    [InlineData("returnToRegistration", "lb-reviewer", HttpStatusCode.OK)]
    [InlineData("returnToRegistration", "lb-registrar", HttpStatusCode.Forbidden)]
    public async Task ActionsAnswerWithTheRightStatus(string actionId, string user, HttpStatusCode expected)
    {
        var id = await CaseInReviewAsync($"矩阵 {actionId} {user}");
        var client = await _app.ClientAsAsync(user);

        var response = await ReviewEngineApp.ActAsync(client, id, new { actionId, comment = "理由", conclusion = "合法" });

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        }
    }

    [Fact]
    public async Task AnonymousCallsAreRejected()
    {
        var client = _app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/inbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login", new { userName = "lb-reviewer", password = "wrong" })).StatusCode);
    }

    [Fact]
    public async Task InboxShowsTheRegistrarTheNewCaseAndNotTheOtherTownships()
    {
        var id = await ReviewEngineApp.SubmitAsync(await _app.ClientAsAsync("lb-drafter"), "NORMATIVE_DOC", "待办测试", ReviewEngineApp.NormativeMaterials);

        var mine = await (await _app.ClientAsAsync("lb-registrar")).GetFromJsonAsync<JsonElement>("/api/inbox");
        var theirs = await (await _app.ClientAsAsync("cb-registrar")).GetFromJsonAsync<JsonElement>("/api/inbox");

        Assert.Contains(mine.EnumerateArray(), i => i.GetProperty("caseId").GetGuid() == id);
        Assert.DoesNotContain(theirs.EnumerateArray(), i => i.GetProperty("caseId").GetGuid() == id);
    }
}
