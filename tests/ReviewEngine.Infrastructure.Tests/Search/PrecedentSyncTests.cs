using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Templates;
using ReviewEngine.Infrastructure.Search;
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

    [Fact]
    public async Task CatchUpKeepsItsWatermarkInTheIndexMovesItOnlyForwardAndARebuildForgetsIt()
    {
        await using var db = await TestDatabase.CreateAsync();
        var generated = await ContractCaseFlowTests.GenerateAndSubmitAsync(db);
        await ContractCaseFlowTests.DriveToApprovalAsync(db, generated.Case.Id);
        var folder = Path.Combine(db.Directory, "node-index");
        DateTime? reached;
        using (var index = LuceneTemplateIndex.Open(folder, otherNode.Library))
        {
            Assert.Null(index.PrecedentsSyncedUpToUtc);

            var first = await CatchUpAsync(db, index);
            reached = index.PrecedentsSyncedUpToUtc;
            var second = await CatchUpAsync(db, index);

            Assert.Equal(1, first.Issues);
            Assert.NotNull(reached);
            Assert.Equal(first.WatermarkUtc, reached);
            Assert.Equal(reached, index.PrecedentsSyncedUpToUtc); // a pass with nothing newer leaves it where it was
            Assert.True(second.Issues <= 1);
        }

        using (var reopened = LuceneTemplateIndex.Open(folder, otherNode.Library))
        {
            Assert.Equal(reached, reopened.PrecedentsSyncedUpToUtc);
            Assert.Single(reopened.SearchPrecedents("行政协议约定仲裁", 10), h => h.OpinionId == generated.Case.Number);

            reopened.Rebuild(otherNode.Library);

            Assert.Null(reopened.PrecedentsSyncedUpToUtc);
        }
    }

    private static Task<SyncPrecedentsResult> CatchUpAsync(TestDatabase db, IPrecedentIndex index) =>
        db.RunAsync(sp => new SyncPrecedentsHandler(sp.GetRequiredService<IReviewDbContext>(), index).CatchUpAsync(TimeSpan.FromMinutes(5)));

    private Task<SyncPrecedentsResult> SyncAsync(TestDatabase db, DateTime? since) =>
        db.RunAsync(sp => new SyncPrecedentsHandler(sp.GetRequiredService<IReviewDbContext>(), otherNode.Index).HandleAsync(new SyncPrecedentsCommand(since)));
}
