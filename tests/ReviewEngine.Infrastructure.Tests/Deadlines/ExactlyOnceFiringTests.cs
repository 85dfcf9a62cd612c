using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Deadlines;
using ReviewEngine.Domain.Workflows;
using ReviewEngine.Infrastructure.Deadlines;
using ReviewEngine.Infrastructure.Persistence;
using static ReviewEngine.Infrastructure.Tests.Deadlines.DeadlineFixture;

namespace ReviewEngine.Infrastructure.Tests.Deadlines;

/// <summary>Two app instances (two service providers) on one SQLite file, and a crash between claim and send.</summary>
public abstract class ExactlyOnceFiringTests(DatabaseProvider provider)
{
    private static readonly TimeSpan Lease = new DeadlineOptions().ClaimLease;

    [ProviderFact]
    public async Task TwoInstancesRacingFireEachRungOnce()
    {
        var first = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9), provider: provider);
        var id = await first.SubmitNormativeDocumentAsync();
        await using var second = await TestDatabase.CreateAsync(existingDirectory: first.Directory, start: ChinaAt(2026, 3, 2, 9), provider: provider);

        // Registration due Wed 03-04: yellow 03-02, remind 03-03, red 03-04, escalate 03-05; at 03-06 all are due at once.
        first.Clock.SetUtcNow(ChinaAt(2026, 3, 6, 9));
        second.Clock.SetUtcNow(ChinaAt(2026, 3, 6, 9));
        await first.RunAsync(sp => sp.GetRequiredService<PlanDeadlineTimersHandler>().HandleAsync());
        var ticks = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => (i % 2 == 0 ? first : second).TickAsync()));

        // Two rungs of one case sent at once by two instances conflict on the case row; the loser gives its claim
        // back and a later tick sends it. However the race falls, each rung is sent exactly once in the end.
        var fired = ticks.Sum(t => t.Fired);
        for (var i = 0; i < 4 && fired < 4; i++)
        {
            fired += (await (i % 2 == 0 ? second : first).TickAsync()).Fired;
        }

        Assert.Equal(4, fired);
        var notes = await first.NotificationsAsync(id);
        Assert.Equal(4, notes.Count);
        Assert.Equal(4, notes.Select(n => n.TimerId).Distinct().Count());
        Assert.Equal(0, (await second.TickAsync()).Fired);
        await first.DisposeAsync();
    }

    [ProviderFact]
    public async Task ClaimedButNotSentRowIsNotFiredTwiceAcrossARestart()
    {
        var crashed = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9), provider: provider);
        var id = await crashed.SubmitNormativeDocumentAsync();
        crashed.Clock.SetUtcNow(ChinaAt(2026, 3, 3, 9));
        await crashed.RunAsync(sp => sp.GetRequiredService<PlanDeadlineTimersHandler>().HandleAsync());
        var remind = (await crashed.TimersAsync(id)).Single(t => t.Rung == DeadlineRungKind.Remind);

        // Instance A claims the 催办 row and dies before sending.
        Assert.True(await crashed.RunAsync(sp => sp.GetRequiredService<FireDeadlineTimerHandler>().ClaimAsync(remind.Id, "instance-a", Lease)));
        var directory = crashed.Directory;
        await crashed.Services.DisposeAsync();

        // Instance B starts on the same file: the claim is honoured, so B neither sends nor claims it.
        await using var restarted = await TestDatabase.CreateAsync(existingDirectory: directory, start: ChinaAt(2026, 3, 3, 9, 5), provider: provider);
        await restarted.TickAsync();
        var notes = await restarted.NotificationsAsync(id);
        Assert.DoesNotContain(notes, n => n.TimerId == remind.Id);
        Assert.False(await restarted.RunAsync(sp => sp.GetRequiredService<FireDeadlineTimerHandler>().ClaimAsync(remind.Id, "instance-b", Lease)));

        // After the lease the abandoned claim is taken over and the rung fires, once.
        restarted.Clock.Advance(Lease + TimeSpan.FromMinutes(1));
        await restarted.TickAsync();
        await restarted.TickAsync();
        Assert.Single(await restarted.NotificationsAsync(id), n => n.TimerId == remind.Id);

        // A's late send after the takeover changes nothing: the row is no longer A's and is already fired.
        var late = await restarted.RunAsync(sp => sp.GetRequiredService<FireDeadlineTimerHandler>().SendAsync(remind.Id, "instance-a"));
        Assert.Equal(FireOutcome.NotClaimed, late);
        Assert.Single(await restarted.NotificationsAsync(id), n => n.TimerId == remind.Id);
    }
}

public sealed class ExactlyOnceFiringOnSqliteTests() : ExactlyOnceFiringTests(DatabaseProvider.Sqlite);

[Trait("Requires", "PostgreSql")]
public sealed class ExactlyOnceFiringOnPostgreSqlTests() : ExactlyOnceFiringTests(DatabaseProvider.PostgreSql);
