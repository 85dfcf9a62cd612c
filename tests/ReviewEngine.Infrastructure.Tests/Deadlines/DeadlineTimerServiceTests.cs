using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Infrastructure.Deadlines;
using static ReviewEngine.Infrastructure.Tests.Deadlines.DeadlineFixture;

namespace ReviewEngine.Infrastructure.Tests.Deadlines;

/// <summary>The hosted loop runs a pass at start and then once per poll interval of the injected clock.</summary>
public sealed class DeadlineTimerServiceTests
{
    [Fact]
    public async Task HostedServiceFiresOnTheFakeClocksPollInterval()
    {
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));
        var id = await db.SubmitNormativeDocumentAsync();
        var service = db.Services.GetServices<IHostedService>().OfType<DeadlineTimerService>().Single();

        await service.StartAsync(CancellationToken.None);
        try
        {
            // The first pass at start fires the yellow rung (due Wed 03-04, yellow Mon 03-02 08:30).
            await WaitForAsync(db, id, 1);

            // Tue 03-03 after 08:30: the next poll sends the 催办.
            db.Clock.SetUtcNow(ChinaAt(2026, 3, 3, 8, 45));
            db.Clock.Advance(new DeadlineOptions().PollInterval);
            await WaitForAsync(db, id, 2);
            Assert.Contains(await db.NotificationsAsync(id), n => n.Kind == NotificationKind.Reminder);
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    private static async Task WaitForAsync(TestDatabase db, Guid caseId, int count)
    {
        for (var i = 0; i < 200 && (await db.NotificationsAsync(caseId)).Count < count; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(count, (await db.NotificationsAsync(caseId)).Count);
    }
}
