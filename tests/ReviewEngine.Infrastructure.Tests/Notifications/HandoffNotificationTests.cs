using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Notifications;
using ReviewEngine.Application.Webhooks;
using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Domain.Notifications;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Persistence;
using static ReviewEngine.Infrastructure.Tests.Deadlines.DeadlineFixture;

namespace ReviewEngine.Infrastructure.Tests.Notifications;

/// <summary>Hand-off notices on real SQLite: addressed per user who may take the task, never the actor, one per event and person.</summary>
public sealed class HandoffNotificationTests
{
    [Fact]
    public async Task SubmissionNotifiesEveryRegistrarOfTheTownshipButNotTheActor()
    {
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));
        await AddUserAsync(db, "lb-registrar2", Roles.Registrar, Roles.Reviewer);

        var id = await db.SubmitNormativeDocumentAsync();

        var notices = await db.HandoffNotificationsAsync(id);
        Assert.Equal(["lb-registrar", "lb-registrar2"], notices.Select(n => n.RecipientUserId).Order());
        Assert.All(notices, n => Assert.Equal((NotificationKind.TaskOffered, "e1", (string?)null), (n.Kind, n.EventKey, n.RecipientRole)));

        // lb-registrar2 accepts as registrar: the review is offered to the township's reviewers, but not to the one who acted.
        var accepted = await db.ActAsync(id, "lb-registrar2", Roles.Registrar, new ActionRequest("accept"));
        var key = $"e{accepted.EventCount}";
        var offers = (await db.HandoffNotificationsAsync(id)).Where(n => n.EventKey == key && n.Kind == NotificationKind.TaskOffered).ToList();
        Assert.Equal(["lb-reviewer"], offers.Select(n => n.RecipientUserId));
        Assert.Single(await db.HandoffNotificationsAsync(id), n => n.EventKey == key && n.RecipientUserId == "lb-drafter" && n.Kind == NotificationKind.CaseProgress);
    }

    [Fact]
    public async Task OneEventReachesOnePersonOnceEvenWhenNamedTwice()
    {
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));
        var id = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(id, "lb-registrar", Roles.Registrar, new ActionRequest("accept"));
        await db.ActAsync(id, "lb-reviewer", Roles.Reviewer, new ActionRequest("requestLawyerOpinion"));
        await db.ActAsync(id, "lb-lawyer", Roles.Lawyer, new ActionRequest("submitLawyerOpinion", Comment: "无意见"));
        await db.ActAsync(id, "lb-reviewer", Roles.Reviewer, new ActionRequest("draftOpinion", Comment: "合法", Conclusion: "合法"));

        // The approval names the drafter twice: as the submitter (opinion issued) and as the holder of 采纳情况反馈.
        var approved = await db.ActAsync(id, "lb-lead", Roles.ReviewLead, new ActionRequest("approveOpinion"));

        var toDrafter = (await db.HandoffNotificationsAsync(id)).Where(n => n.EventKey == $"e{approved.EventCount}").ToList();
        var notice = Assert.Single(toDrafter);
        Assert.Equal(("lb-drafter", NotificationKind.TaskAssigned), (notice.RecipientUserId, notice.Kind));
        Assert.Contains("采纳情况反馈", notice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameNoticesSavedAgainAreStoredOnce()
    {
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));
        var id = await db.SubmitNormativeDocumentAsync();
        var first = Assert.Single(await db.HandoffNotificationsAsync(id));
        var again = new HandoffNotice(id, first.CaseNumber, "e1", NotificationKind.TaskOffered, NotificationRecipient.RoleIn(Roles.Registrar, "luobu"), null, "lb-drafter", "重发", first.CreatedAtUtc);

        await db.RunAsync(async sp =>
        {
            var ctx = sp.GetRequiredService<ReviewDbContext>();
            await HandoffNotifications.AddAsync(ctx, [again, again]);
            return await ctx.SaveChangesAsync();
        });

        Assert.Single(await db.HandoffNotificationsAsync(id));
    }

    [Fact]
    public async Task TheWebhookOutboxCarriesTheHandoff()
    {
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));
        var id = await db.SubmitNormativeDocumentAsync();
        var admin = await db.RunAsync(sp => sp.GetRequiredService<ViewerResolver>().ResolveAsync("wc-admin"));
        await db.RunAsync(async sp =>
        {
            await sp.GetRequiredService<ManageWebhooksHandler>().SaveAsync(admin, "luobu", "https://hooks.example.org/luobu", enabled: true);
            return true;
        });

        var returned = await db.ActAsync(id, "lb-registrar", Roles.Registrar, new ActionRequest("requestSupplement", Comment: "缺起草说明"));

        var notice = Assert.Single(await db.HandoffNotificationsAsync(id), n => n.EventKey == $"e{returned.EventCount}");
        var delivery = await db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().WebhookDeliveries.AsNoTracking().SingleAsync(d => d.NotificationId == notice.Id));
        var body = JsonDocument.Parse(delivery.Payload).RootElement;
        Assert.Equal(("TaskAssigned", $"e{returned.EventCount}", "lb-drafter"), (body.GetProperty("kind").GetString(), body.GetProperty("eventKey").GetString(), body.GetProperty("recipientUserId").GetString()));
        Assert.Contains("缺起草说明", body.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachPersonReadsTheirOwnCopy()
    {
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));
        await AddUserAsync(db, "lb-registrar2", Roles.Registrar);
        await db.SubmitNormativeDocumentAsync();
        var first = await db.RunAsync(sp => sp.GetRequiredService<ViewerResolver>().ResolveAsync("lb-registrar"));
        var second = await db.RunAsync(sp => sp.GetRequiredService<ViewerResolver>().ResolveAsync("lb-registrar2"));

        await db.RunAsync(sp => sp.GetRequiredService<MarkNotificationsReadHandler>().HandleAsync(first));

        Assert.Equal(0, await db.RunAsync(sp => sp.GetRequiredService<GetNotificationsHandler>().CountUnreadAsync(first)));
        Assert.Equal(1, await db.RunAsync(sp => sp.GetRequiredService<GetNotificationsHandler>().CountUnreadAsync(second)));
    }

    private static Task AddUserAsync(TestDatabase db, string id, params string[] roles) =>
        db.RunAsync(sp =>
        {
            var ctx = sp.GetRequiredService<ReviewDbContext>();
            ctx.UserAccounts.Add(new UserAccount(id, id, "luobu", roles));
            return ctx.SaveChangesAsync();
        });
}
