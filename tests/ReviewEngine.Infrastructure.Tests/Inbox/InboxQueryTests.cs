using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Inbox;
using ReviewEngine.Application.Organisations;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Tests.Inbox;

/// <summary>我的待办 as the database answers it: visibility, kind and overdue filters, order by due date, the page limit.</summary>
public abstract class InboxQueryTests(DatabaseProvider provider)
{
    [ProviderFact]
    public async Task RegistrarSeesOpenRegistrationsOfTheTownshipInDueOrderAndFilters()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var first = await db.SubmitNormativeDocumentAsync();
        db.Clock.Advance(TimeSpan.FromDays(1));
        var second = await db.SubmitNormativeDocumentAsync();
        var accepted = await db.SubmitNormativeDocumentAsync();
        await db.ActAsync(accepted, "lb-registrar", "registrar", new ActionRequest("accept"));

        var all = await InboxAsync(db, "lb-registrar", new(Viewer: null!));
        var agreements = await InboxAsync(db, "lb-registrar", new(Viewer: null!, Kind: MatterKind.AdministrativeAgreement));
        var onlyOne = await InboxAsync(db, "lb-registrar", new(Viewer: null!, Take: 1));
        var otherTownship = await InboxAsync(db, "cb-registrar", new(Viewer: null!));

        Assert.Equal([first, second], all.Select(i => i.CaseId));
        Assert.True(all[0].DueOn <= all[1].DueOn);
        Assert.Empty(agreements);
        Assert.Equal([first], onlyOne.Select(i => i.CaseId));
        Assert.Empty(otherTownship);

        db.Clock.Advance(TimeSpan.FromDays(30));
        var overdue = await InboxAsync(db, "lb-registrar", new(Viewer: null!, Filter: InboxFilter.Overdue));
        Assert.Equal(2, overdue.Count);
        Assert.All(overdue, i => Assert.Equal(Urgency.Red, i.Urgency));
    }

    [ProviderFact]
    public async Task ClaimedAndUnclaimedTasksMergeInDueOrderAndPagesJoinUpWithoutGapsOrRepeats()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var cases = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var id = await db.SubmitNormativeDocumentAsync();
            await db.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"));
            cases.Add(id);
            db.Clock.Advance(TimeSpan.FromDays(1)); // a later due date for each next case
        }

        // The reviewer claims the second and fourth: two branches (mine, unclaimed) that must interleave.
        foreach (var id in new[] { cases[1], cases[3] })
        {
            await db.RunAsync(async sp =>
            {
                var ctx = sp.GetRequiredService<ReviewDbContext>();
                var task = ctx.WorkItems.Single(t => t.CaseId == id && t.Status == WorkItemStatus.Open);
                var actor = await sp.GetRequiredService<ActorResolver>().ResolveAsync("lb-reviewer", "reviewer");
                return await sp.GetRequiredService<ManageTaskHandler>().HandleAsync(new ManageTaskCommand(id, task.Id, actor, TaskOperation.Claim));
            });
        }

        var all = await InboxAsync(db, "lb-reviewer", new(Viewer: null!));
        var pages = new List<InboxItem>();
        for (var skip = 0; skip < 6; skip += 2)
        {
            pages.AddRange(await InboxAsync(db, "lb-reviewer", new(Viewer: null!, Take: 2, Skip: skip)));
        }

        var mine = await InboxAsync(db, "lb-reviewer", new(Viewer: null!, Filter: InboxFilter.Mine));
        var unclaimed = await InboxAsync(db, "lb-reviewer", new(Viewer: null!, Filter: InboxFilter.Unclaimed));
        var newest = await InboxAsync(db, "lb-reviewer", new(Viewer: null!, Sort: InboxSort.Newest, Take: 2, Skip: 1));

        Assert.Equal(cases, all.Select(i => i.CaseId));
        Assert.Equal([false, true, false, true, false], all.Select(i => i.AssignedToMe));
        Assert.Equal(all.Select(i => i.TaskId), pages.Select(i => i.TaskId));
        Assert.Equal([cases[1], cases[3]], mine.Select(i => i.CaseId));
        Assert.Equal([cases[0], cases[2], cases[4]], unclaimed.Select(i => i.CaseId));
        Assert.Equal([cases[3], cases[2]], newest.Select(i => i.CaseId));
    }

    private static Task<IReadOnlyList<InboxItem>> InboxAsync(TestDatabase db, string userId, InboxQuery query) =>
        db.RunAsync(async sp =>
        {
            var viewer = await sp.GetRequiredService<ViewerResolver>().ResolveAsync(userId);
            return await sp.GetRequiredService<GetInboxHandler>().HandleAsync(query with { Viewer = viewer });
        });
}

public sealed class InboxQueryOnSqliteTests() : InboxQueryTests(DatabaseProvider.Sqlite);

[Trait("Requires", "PostgreSql")]
public sealed class InboxQueryOnPostgreSqlTests() : InboxQueryTests(DatabaseProvider.PostgreSql);
