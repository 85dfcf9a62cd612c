using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ReviewEngine.Web.Tests.Api;

/// <summary>POST /api/cases with an Idempotency-Key: a retry or a concurrent duplicate gets the same case.</summary>
public sealed class IdempotentSubmissionTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public IdempotentSubmissionTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task EightConcurrentPostsWithOneKeyOpenOneCase()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync(drafter, "同键并发的办法", "key-concurrent-1")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(IdAsync));
        Assert.Single(ids.Distinct());
        var retry = await PostAsync(drafter, "同键并发的办法", "key-concurrent-1");
        Assert.Equal(ids[0], await IdAsync(retry));
    }

    [Fact]
    public async Task TheKeyBelongsToItsUserAndNoKeyMeansANewCaseEachTime()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var colleague = await _app.ClientAsAsync("cb-drafter");

        var mine = await IdAsync(await PostAsync(drafter, "各自的办法", "shared-key"));
        var theirs = await IdAsync(await PostAsync(colleague, "各自的办法", "shared-key"));
        var plain1 = await IdAsync(await PostAsync(drafter, "无键的办法", null));
        var plain2 = await IdAsync(await PostAsync(drafter, "无键的办法", null));

        Assert.NotEqual(mine, theirs);
        Assert.NotEqual(plain1, plain2);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(drafter, "坏键的办法", new string('k', 129))).StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string title, string? key)
    {
        var documents = ReviewEngineApp.NormativeMaterials.Select(m => new { fileName = m + ".txt", base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(title + m)), materialId = m });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = JsonContent.Create(new { kind = "NORMATIVE_DOC", title, documents }) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return client.SendAsync(request);
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
