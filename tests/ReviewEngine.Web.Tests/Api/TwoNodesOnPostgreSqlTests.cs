using System.Net;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Web.Tests.Api;

/// <summary>
/// A multi-node deployment in miniature: two app instances (own hosts, pools, indexes and data folders) on one
/// PostgreSQL database. A case opened on one node is acted on from both at once: exactly one wins, the other gets
/// 409 naming the case, and both nodes then show the same state.
/// </summary>
[Trait("Requires", "PostgreSql")]
public sealed class TwoNodesOnPostgreSqlTests : IAsyncLifetime
{
    private readonly string _database = "re_test_web_" + Guid.NewGuid().ToString("N");
    private ReviewEngineApp? _nodeA;
    private ReviewEngineApp? _nodeB;

    public async Task InitializeAsync()
    {
        var connectionString = await TestPostgreSql.CreateDatabaseAsync(_database);
        _nodeA = new ReviewEngineApp { PostgreSqlConnectionString = connectionString };
        _ = _nodeA.Server; // node A migrates and seeds first, as a rolling start would
        _nodeB = new ReviewEngineApp { PostgreSqlConnectionString = connectionString };
        _ = _nodeB.Server;
    }

    public async Task DisposeAsync()
    {
        _nodeA?.Dispose();
        _nodeB?.Dispose();
        await TestPostgreSql.DropDatabaseAsync(_database);
    }

    [PostgresFact]
    public async Task RacingActionsFromTwoNodesExactlyOneWins()
    {
        var drafter = await _nodeA!.ClientAsAsync("lb-drafter");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "罗埠镇农村公路养护管理办法", ReviewEngineApp.NormativeMaterials);
        var registrarOnA = await _nodeA.ClientAsAsync("lb-registrar");
        Assert.True((await ReviewEngineApp.ActAsync(registrarOnA, id, new { actionId = "accept" })).IsSuccessStatusCode);
        var version = (await ReviewEngineApp.GetCaseAsync(registrarOnA, id)).GetProperty("version").GetInt64();

        var reviewerOnA = await _nodeA.ClientAsAsync("lb-reviewer");
        var reviewerOnB = await _nodeB!.ClientAsAsync("lb-reviewer");
        var responses = await Task.WhenAll(
            ReviewEngineApp.ActAsync(reviewerOnA, id, new { actionId = "requestLawyerOpinion", expectedVersion = version }),
            ReviewEngineApp.ActAsync(reviewerOnB, id, new { actionId = "requestLawyerOpinion", expectedVersion = version }));

        Assert.Single(responses, r => r.IsSuccessStatusCode);
        var loser = Assert.Single(responses, r => !r.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Conflict, loser.StatusCode);
        var onA = await ReviewEngineApp.GetCaseAsync(reviewerOnA, id);
        var onB = await ReviewEngineApp.GetCaseAsync(reviewerOnB, id);
        Assert.Equal("lawyerOpinion", onA.GetProperty("state").GetString());
        Assert.Equal(onA.GetProperty("version").GetInt64(), onB.GetProperty("version").GetInt64());
        Assert.Contains(onA.GetProperty("number").GetString()!, await loser.Content.ReadAsStringAsync());
    }
}
