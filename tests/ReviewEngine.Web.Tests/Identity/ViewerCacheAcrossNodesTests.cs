using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Infrastructure.Identity;
using ReviewEngine.Tests.Shared;
using ReviewEngine.Web.Tests.Pages;

namespace ReviewEngine.Web.Tests.Identity;

/// <summary>
/// Each node caches viewers and bells (ADR 0016); a change saved on one node applies on the other at its very next
/// request, because the change bumps a counter row that every request reads. Two app instances on one SQLite file
/// are two nodes here; <see cref="ViewerCacheAcrossPostgreSqlNodesTests"/> runs the same on PostgreSQL.
/// </summary>
public sealed class ViewerCacheAcrossNodesTests : IDisposable
{
    private readonly ReviewEngineApp _nodeA = new();
    private readonly ReviewEngineApp _nodeB;

    public ViewerCacheAcrossNodesTests()
    {
        _ = _nodeA.Server; // node A migrates and seeds first, as a rolling start would
        _nodeB = new ReviewEngineApp { SharedDatabasePath = _nodeA.DatabasePath };
        _ = _nodeB.Server;
    }

    [Fact]
    public Task AnAccountDisabledOnOneNodeIsRefusedOnTheOtherAtTheNextRequest() => ViewerCacheScenarios.DisableAsync(_nodeA, _nodeB);

    [Fact]
    public Task ARoleRemovedOnOneNodeIsGoneOnTheOtherAtTheNextRequest() => ViewerCacheScenarios.RemoveRoleAsync(_nodeA, _nodeB);

    [Fact]
    public Task ANotificationSavedOnOneNodeShowsInTheOtherNodesBellAtTheNextPage() => ViewerCacheScenarios.BellAsync(_nodeA, _nodeB);

    public void Dispose()
    {
        _nodeB.Dispose();
        _nodeA.Dispose();
    }
}

/// <summary>The same three scenarios with two instances on one PostgreSQL database.</summary>
[Trait("Requires", "PostgreSql")]
public sealed class ViewerCacheAcrossPostgreSqlNodesTests : IAsyncLifetime
{
    private readonly string _database = "re_test_vc_" + Guid.NewGuid().ToString("N");
    private ReviewEngineApp? _nodeA;
    private ReviewEngineApp? _nodeB;

    public async Task InitializeAsync()
    {
        if (TestPostgreSql.SkipReason is not null)
        {
            return;
        }

        var connectionString = await TestPostgreSql.CreateDatabaseAsync(_database);
        _nodeA = new ReviewEngineApp { PostgreSqlConnectionString = connectionString };
        _ = _nodeA.Server;
        _nodeB = new ReviewEngineApp { PostgreSqlConnectionString = connectionString };
        _ = _nodeB.Server;
    }

    public async Task DisposeAsync()
    {
        _nodeB?.Dispose();
        _nodeA?.Dispose();
        if (_nodeA is not null)
        {
            await TestPostgreSql.DropDatabaseAsync(_database);
        }
    }

    [PostgresFact]
    public Task AnAccountDisabledOnOneNodeIsRefusedOnTheOtherAtTheNextRequest() => ViewerCacheScenarios.DisableAsync(_nodeA!, _nodeB!);

    [PostgresFact]
    public Task ARoleRemovedOnOneNodeIsGoneOnTheOtherAtTheNextRequest() => ViewerCacheScenarios.RemoveRoleAsync(_nodeA!, _nodeB!);

    [PostgresFact]
    public Task ANotificationSavedOnOneNodeShowsInTheOtherNodesBellAtTheNextPage() => ViewerCacheScenarios.BellAsync(_nodeA!, _nodeB!);
}

internal static class ViewerCacheScenarios
{
    public static async Task DisableAsync(ReviewEngineApp nodeA, ReviewEngineApp nodeB)
    {
        var api = await nodeB.ClientAsAsync("lb-lawyer");
        var page = await PageTestClient.LoginAsync(nodeB, "lb-lawyer");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/me")).StatusCode); // node B's cache is warm
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/")).StatusCode);

        await AdministerAsync(nodeA, users => users.DisableAsync("lb-lawyer"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/me")).StatusCode);
        var home = await page.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/Account/Login", home.Headers.Location?.OriginalString);
    }

    public static async Task RemoveRoleAsync(ReviewEngineApp nodeA, ReviewEngineApp nodeB)
    {
        var drafter = await nodeA.ClientAsAsync("lb-drafter");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "跨节点角色变更的办法", ReviewEngineApp.NormativeMaterials);
        var registrar = await nodeB.ClientAsAsync("lb-registrar");
        Assert.Contains("registrar", await RolesAsync(registrar)); // node B's cache is warm

        await AdministerAsync(nodeA, users => users.SetRolesAsync("lb-registrar", ["drafter"]));

        Assert.DoesNotContain("registrar", await RolesAsync(registrar));
        var accept = await ReviewEngineApp.ActAsync(registrar, id, new { actionId = "accept" });
        Assert.False(accept.IsSuccessStatusCode, await accept.Content.ReadAsStringAsync());
    }

    public static async Task BellAsync(ReviewEngineApp nodeA, ReviewEngineApp nodeB)
    {
        var page = await PageTestClient.LoginAsync(nodeB, "lb-reviewer");
        Assert.Null((await page.GetDocumentAsync("/Templates")).QuerySelector("#bell-count")); // bell cached on node B

        var drafter = await nodeA.ClientAsAsync("lb-drafter");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "跨节点铃铛的办法", ReviewEngineApp.NormativeMaterials);
        Assert.True((await ReviewEngineApp.ActAsync(await nodeA.ClientAsAsync("lb-registrar"), id, new { actionId = "accept" })).IsSuccessStatusCode);

        Assert.Equal("1", (await page.GetDocumentAsync("/Templates")).QuerySelector("#bell-count")?.TextContent);
        var onA = await nodeA.ClientAsAsync("lb-reviewer");
        Assert.Equal(HttpStatusCode.OK, (await onA.PostAsJsonAsync("/api/notifications/read", new { })).StatusCode);
        Assert.Null((await page.GetDocumentAsync("/Templates")).QuerySelector("#bell-count"));
    }

    private static async Task<List<string?>> RolesAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToList();

    private static async Task AdministerAsync(ReviewEngineApp node, Func<UserAdministration, Task> change)
    {
        await using var scope = node.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<UserAdministration>());
    }
}
