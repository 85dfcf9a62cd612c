using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Templates;
using ReviewEngine.Infrastructure.Tests.Documents;

namespace ReviewEngine.Infrastructure.Tests.Search;

/// <summary>
/// A second app node with its own index folder: the opinion was approved elsewhere (this database has no index of
/// its own), and the node's sync from the database makes its issues searchable, once, however often it runs.
/// </summary>
public sealed class PrecedentSyncTests(TemplateIndexFixture otherNode) : IClassFixture<TemplateIndexFixture>
{
    [Fact]
    public async Task OpinionApprovedOnAnotherNodeBecomesSearchableOnceAfterSync()
    {
        await using var db = await TestDatabase.CreateAsync();
        var generated = await ContractCaseFlowTests.GenerateAndSubmitAsync(db);
        await ContractCaseFlowTests.DriveToApprovalAsync(db, generated.Case.Id);
        Assert.DoesNotContain(otherNode.Index.SearchPrecedents("行政协议约定仲裁", 10), h => h.OpinionId == generated.Case.Number);

        var first = await SyncAsync(db, null);
        var second = await SyncAsync(db, null);
        var incremental = await SyncAsync(db, first.WatermarkUtc);

        Assert.Equal((1, 1), (first.Opinions, first.Issues));
        Assert.Equal((1, 1), (second.Opinions, second.Issues));
        Assert.Equal(0, incremental.Issues);
        var hits = otherNode.Index.SearchPrecedents("行政协议约定仲裁", 10).Where(h => h.OpinionId == generated.Case.Number).ToList();
        Assert.Single(hits);
        Assert.Equal(1, hits[0].IssueNo);
    }

    private Task<SyncPrecedentsResult> SyncAsync(TestDatabase db, DateTime? since) =>
        db.RunAsync(sp => new SyncPrecedentsHandler(sp.GetRequiredService<IReviewDbContext>(), otherNode.Index).HandleAsync(new SyncPrecedentsCommand(since)));
}
