using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Webhooks;
using ReviewEngine.Domain.Webhooks;
using ReviewEngine.Infrastructure.Persistence;
using ReviewEngine.Infrastructure.Webhooks;
using static ReviewEngine.Infrastructure.Tests.Deadlines.DeadlineFixture;

namespace ReviewEngine.Infrastructure.Tests.Webhooks;

/// <summary>
/// A 罗埠镇 document submitted Mon 2026-03-02 09:00 (registration due 03-04): the deadline tick fires the yellow rung at
/// once, so the registrars get a notification and 罗埠镇's webhook a delivery row. Back-off 30 s, 60 s, 120 s …
/// </summary>
public sealed class WebhookDeliveryTests
{
    [Fact]
    public async Task FailedPostsAreRetriedWithBackOffAcrossARestartUntilTheReceiverAccepts()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 2);
        await using var db = await OneDueDeliveryAsync(receiver.Url);

        Assert.Equal(new WebhookTick(0, 1, 0), await DispatchAsync(db));
        var row = await DeliveryAsync(db);
        Assert.Equal(1, row.Attempts);
        Assert.Equal(db.Clock.GetUtcNow().UtcDateTime.AddSeconds(30), row.NextAttemptAtUtc);
        Assert.Equal("HTTP 503 Service Unavailable", row.LastError);
        Assert.Equal(new WebhookTick(0, 0, 0), await DispatchAsync(db)); // not due yet

        // Restart: a new service provider over the same database file; the pending row is all the state there is.
        var at = db.Clock.GetUtcNow();
        await db.Services.DisposeAsync();
        await using var restarted = await TestDatabase.CreateAsync(existingDirectory: db.Directory, start: at.AddSeconds(30));
        Assert.Equal(new WebhookTick(0, 1, 0), await DispatchAsync(restarted));
        restarted.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(new WebhookTick(0, 0, 0), await DispatchAsync(restarted));
        restarted.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new WebhookTick(1, 0, 0), await DispatchAsync(restarted));

        var delivered = await DeliveryAsync(restarted);
        Assert.Equal(WebhookDeliveryStatus.Delivered, delivered.Status);
        Assert.Equal(3, delivered.Attempts);
        Assert.Equal(3, receiver.Requests);
        var body = JsonDocument.Parse(receiver.Bodies.Last()).RootElement;
        Assert.Equal("DueSoon", body.GetProperty("kind").GetString());
        Assert.Equal("luobu", body.GetProperty("organisationId").GetString());
        Assert.Contains("临期", body.GetProperty("text").GetString());
    }

    [Fact]
    public async Task AfterTheLastAttemptTheDeliveryIsDeadLetteredAndAnAdministratorCanRetryIt()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: int.MaxValue);
        await using var db = await OneDueDeliveryAsync(receiver.Url);

        var attempts = WebhookRetryPolicy.Default.MaxAttempts;
        for (var i = 1; i < attempts; i++)
        {
            Assert.Equal(new WebhookTick(0, 1, 0), await DispatchAsync(db));
            db.Clock.Advance(WebhookRetryPolicy.Default.DelayAfter(i));
        }

        Assert.Equal(new WebhookTick(0, 0, 1), await DispatchAsync(db));
        db.Clock.Advance(TimeSpan.FromDays(100)); // past the delivered rows' retention too
        Assert.Equal(new WebhookTick(0, 0, 0), await DispatchAsync(db)); // dead letters are neither retried nor purged by themselves

        var admin = await ViewerAsync(db, "wc-admin");
        var dead = Assert.Single(await db.RunAsync(sp => sp.GetRequiredService<ManageWebhooksHandler>().DeliveriesAsync(admin, WebhookDeliveryStatus.DeadLettered)));
        Assert.Equal(attempts, dead.Attempts);

        receiver.FailFirst = 0;
        await db.RunAsync(async sp =>
        {
            await sp.GetRequiredService<ManageWebhooksHandler>().RetryAsync(admin, dead.Id);
            return true;
        });
        Assert.Equal(new WebhookTick(1, 0, 0), await DispatchAsync(db));
        Assert.Equal(attempts + 1, receiver.Requests);
    }

    [Fact]
    public async Task DeliveredRowsAreDeletedOnceOlderThanTheRetention()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 0);
        await using var db = await OneDueDeliveryAsync(receiver.Url);
        Assert.Equal(new WebhookTick(1, 0, 0), await DispatchAsync(db));

        var retention = db.Services.GetRequiredService<IOptions<WebhookOptions>>().Value.DeliveredRetention;
        db.Clock.Advance(retention - TimeSpan.FromHours(2));
        Assert.Equal(new WebhookTick(0, 0, 0, Purged: 0), await DispatchAsync(db));
        Assert.Equal(WebhookDeliveryStatus.Delivered, (await DeliveryAsync(db)).Status);

        db.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(new WebhookTick(0, 0, 0, Purged: 1), await DispatchAsync(db));
        Assert.Equal(0, await db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().WebhookDeliveries.CountAsync()));
    }

    /// <summary>罗埠镇's webhook set to <paramref name="url"/>, a document submitted and the first deadline tick run: one due delivery row.</summary>
    private static async Task<TestDatabase> OneDueDeliveryAsync(string url)
    {
        var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));
        await db.SubmitNormativeDocumentAsync();
        await ConfigureAsync(db, url); // after the submission, whose hand-off notice would be a delivery of its own
        await db.TickAsync();
        return db;
    }

    private static async Task ConfigureAsync(TestDatabase db, string url)
    {
        var admin = await ViewerAsync(db, "wc-admin");
        await db.RunAsync(async sp =>
        {
            await sp.GetRequiredService<ManageWebhooksHandler>().SaveAsync(admin, "luobu", url, enabled: true);
            return true;
        });
    }

    private static Task<Viewer> ViewerAsync(TestDatabase db, string userId) =>
        db.RunAsync(sp => sp.GetRequiredService<ViewerResolver>().ResolveAsync(userId));

    private static Task<WebhookTick> DispatchAsync(TestDatabase db) => db.Services.GetRequiredService<WebhookDispatcher>().RunOnceAsync();

    private static Task<WebhookDelivery> DeliveryAsync(TestDatabase db) =>
        db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().WebhookDeliveries.AsNoTracking().SingleAsync());
}
