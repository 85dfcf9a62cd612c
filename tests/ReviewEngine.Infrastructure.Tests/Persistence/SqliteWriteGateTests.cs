using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Audit;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Infrastructure.Tests.Persistence;

/// <summary>
/// Saves of one process queue for a SQLite file's write lock in <c>SqliteWriteGate</c>, which the background
/// checkpointer also holds for its RESTART (ADR 0017): concurrent saves all land, and the version check still lets
/// exactly one of several actions on one case through.
/// </summary>
public sealed class SqliteWriteGateTests
{
    [Fact]
    public async Task TwentyConcurrentActionsOnDifferentCasesAllSucceedWhileTheCheckpointerRestarts()
    {
        await using var db = await TestDatabase.CreateAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add(await db.SubmitNormativeDocumentAsync());
        }

        // A RESTART on every pass that saw a commit: the writers keep meeting the checkpointer in the gate.
        using var checkpointer = SqliteCheckpointerTests.Checkpointer(db, restartAbovePages: 0, interval: TimeSpan.FromMilliseconds(5));
        await checkpointer.StartAsync(default);
        var outcomes = await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            try
            {
                return (await db.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"))).State;
            }
            catch (Exception ex)
            {
                return "failed: " + ex;
            }
        })));
        await checkpointer.StopAsync(default);

        Assert.All(outcomes, state => Assert.Equal("townshipReview", state));
        var verification = await db.RunAsync(sp => sp.GetRequiredService<VerifyAuditChainsHandler>().HandleAsync());
        Assert.Equal(20, verification.Count);
        Assert.All(verification, v => Assert.True(v.Result.IsValid));
    }

    [Fact]
    public async Task SixConcurrentActionsOnOneCaseHaveExactlyOneWinnerWhileTheCheckpointerRestarts()
    {
        await using var db = await TestDatabase.CreateAsync();
        var id = await db.SubmitNormativeDocumentAsync();
        var version = (await db.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"))).Version;

        using var checkpointer = SqliteCheckpointerTests.Checkpointer(db, restartAbovePages: 0, interval: TimeSpan.FromMilliseconds(5));
        await checkpointer.StartAsync(default);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            try
            {
                await db.ActAsync(id, "lb-reviewer", "reviewer", new ActionRequest("requestLawyerOpinion"), version);
                return "ok";
            }
            catch (DomainException ex)
            {
                return ex.GetType().Name;
            }
        })));
        await checkpointer.StopAsync(default);

        Assert.Single(outcomes, o => o == "ok");
        Assert.All(outcomes.Where(o => o != "ok"), o => Assert.Equal(nameof(ConcurrencyConflictException), o));
    }
}
