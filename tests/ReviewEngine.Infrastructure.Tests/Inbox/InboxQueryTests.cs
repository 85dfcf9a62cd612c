using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Inbox;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Tests.Inbox;

/// <summary>我的待办 as the database answers it: visibility, kind and overdue filters, order by due date, the page limit.</summary>
public abstract class InboxQueryTests(DatabaseProvider provider)
{
    [Fact]
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

    private static Task<IReadOnlyList<InboxItem>> InboxAsync(TestDatabase db, string userId, InboxQuery query) =>
        db.RunAsync(async sp =>
        {
            var viewer = await sp.GetRequiredService<ViewerResolver>().ResolveAsync(userId);
            return await sp.GetRequiredService<GetInboxHandler>().HandleAsync(query with { Viewer = viewer });
        });
}

public sealed class InboxQueryOnSqliteTests() : InboxQueryTests(DatabaseProvider.Sqlite);

public sealed class InboxQueryOnPostgreSqlTests() : InboxQueryTests(DatabaseProvider.PostgreSql);
