using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Normative;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Persistence;
using static ReviewEngine.Infrastructure.Tests.Deadlines.DeadlineFixture;

namespace ReviewEngine.Infrastructure.Tests.Normative;

/// <summary>
/// A 罗埠镇 normative document taking effect 2026-04-01 for 2 years (valid until 2028-03-31), deliberated (集体审议) and
/// published Fri 2026-03-06. From workflows/normative-document.json: filing within 15 days of publication → due 03-21,
/// reminder 3 days before → 03-18; validity reminder 30 days before the end → 2028-03-01; 2-year clean-up → 2028-03-06.
/// </summary>
public sealed class NormativeLifecycleTests
{
    [Fact]
    public async Task FilingAndValidityRemindersFireOnceOnTheirDaysAndCleanUpListsTheDocumentWhenDue()
    {
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));
        Assert.Equal(15, db.Services.GetRequiredService<IWorkflowCatalog>().Find("normative-document")!.Definition.DeadlineLadder.Normative.FilingDays);
        var id = await AdoptAsync(db);

        var doc = Assert.Single(await ListAsync(db, "lb-reviewer"));
        Assert.Equal(new DateOnly(2026, 3, 6), doc.Lifecycle.AdoptedOn);
        Assert.Equal(new DateOnly(2026, 3, 21), doc.Lifecycle.FilingDueOn);
        Assert.Equal(new DateOnly(2028, 3, 31), doc.Lifecycle.ValidUntil);
        Assert.False(doc.Lifecycle.ValidityPresumed);
        Assert.Equal(new DateOnly(2028, 3, 6), doc.Lifecycle.CleanupDueOn);
        Assert.Empty(await ListAsync(db, "cb-reviewer"));

        db.Clock.SetUtcNow(ChinaAt(2026, 3, 17, 9));
        await db.TickAsync();
        Assert.Empty(await RemindersAsync(db, id, NotificationKind.Filing));
        db.Clock.SetUtcNow(ChinaAt(2026, 3, 18, 9));
        await db.TickAsync();
        await db.TickAsync();
        var filing = Assert.Single(await RemindersAsync(db, id, NotificationKind.Filing));
        Assert.Equal("lb-drafter", filing.RecipientUserId);
        Assert.Contains("2026年3月21日", filing.Text);
        Assert.Empty(await ListAsync(db, "wc-district", cleanupWithinDays: 30));

        db.Clock.SetUtcNow(ChinaAt(2028, 3, 1, 9));
        await db.TickAsync();
        await db.TickAsync();
        Assert.Contains("2028年3月31日", Assert.Single(await RemindersAsync(db, id, NotificationKind.Validity)).Text);
        Assert.Single(await RemindersAsync(db, id, NotificationKind.Filing));
        Assert.Equal([id], (await ListAsync(db, "wc-district", cleanupWithinDays: 30)).Select(d => d.CaseId));
    }

    [Fact]
    public async Task FilingIsCountedFromPublicationAndAFiledDocumentIsNeverOverdue()
    {
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));
        var unpublished = await AdoptAsync(db, "罗埠镇尚未公布的办法", publishedOn: null);
        var filed = await AdoptAsync(db, "罗埠镇按期备案的办法", publishedOn: null);
        var late = await AdoptAsync(db, "罗埠镇未备案的办法", publishedOn: null);
        db.Clock.SetUtcNow(ChinaAt(2026, 3, 10, 9));
        foreach (var id in new[] { filed, late })
        {
            await db.ActAsync(id, "lb-drafter", "drafter", Recording("recordPublication", ("publishedOn", "2026-03-10"), ("documentNumber", "罗政发〔2026〕5号"), ("channel", "政府公报")));
        }

        await db.ActAsync(filed, "lb-drafter", "drafter", Recording("recordFiling", ("filedOn", "2026-03-10"), ("filedWith", "婺城区人民政府（区司法局）")));

        db.Clock.SetUtcNow(ChinaAt(2026, 3, 26, 9));
        await db.TickAsync();
        var today = new DateOnly(2026, 3, 26);
        var docs = (await ListAsync(db, "wc-district")).ToDictionary(d => d.CaseId);
        Assert.Null(docs[unpublished].Lifecycle.FilingDueOn);
        Assert.False(docs[unpublished].FilingOverdue(today));
        Assert.Equal(new DateOnly(2026, 3, 25), docs[filed].Lifecycle.FilingDueOn);
        Assert.Equal(new DateOnly(2026, 3, 10), docs[filed].Lifecycle.FiledOn);
        Assert.False(docs[filed].FilingOverdue(today));
        Assert.True(docs[late].FilingOverdue(today));
        Assert.Equal("罗政发〔2026〕5号", docs[late].Publication!.DocumentNumber);
        Assert.Empty(await RemindersAsync(db, filed, NotificationKind.Filing));
        Assert.Empty(await RemindersAsync(db, unpublished, NotificationKind.Filing));
    }

    [Fact]
    public async Task TheTwoYearCleanUpOfAProvisionalDocumentIsRemindedToTheDrafterOrganisationOnce()
    {
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));
        var id = await AdoptAsync(db, "罗埠镇村规民约备案管理暂行办法");

        db.Clock.SetUtcNow(ChinaAt(2028, 2, 4, 9));
        await db.TickAsync();
        Assert.Empty(await RemindersAsync(db, id, NotificationKind.Cleanup));
        db.Clock.SetUtcNow(ChinaAt(2028, 2, 5, 9));
        await db.TickAsync();
        await db.TickAsync();

        var cleanup = Assert.Single(await RemindersAsync(db, id, NotificationKind.Cleanup));
        Assert.Null(cleanup.RecipientUserId);
        Assert.Equal(Roles.Drafter, cleanup.RecipientRole);
        Assert.Equal(await db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().ReviewCases.Where(c => c.Id == id).Select(c => c.TownshipId).SingleAsync()),
            cleanup.RecipientOrganisationId);
        Assert.Contains("暂行/试行", cleanup.Text);
        Assert.Contains("2028年3月6日", cleanup.Text);
    }

    [Fact]
    public async Task ABadRowIsLeftOutOfTheListAndTheReminderPassWhileTheOthersCarryOn()
    {
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));
        var good = await AdoptAsync(db);
        var outOfRange = await AdoptAsync(db, "罗埠镇有效期九千年的办法");
        var unreadable = await AdoptAsync(db, "罗埠镇元数据损坏的办法");

        // As someone with database access (or an old version without the submission check) would leave them.
        // ExecuteSqlRaw formats its text, hence the doubled braces.
        Assert.Equal(1, await db.ExecuteSqlAsync("UPDATE \"ReviewCases\" SET \"Metadata\" = '{{\"validityYears\":\"9000\"}}' WHERE \"Title\" = '罗埠镇有效期九千年的办法'"));
        Assert.Equal(1, await db.ExecuteSqlAsync("UPDATE \"ReviewCases\" SET \"Metadata\" = 'not json' WHERE \"Title\" = '罗埠镇元数据损坏的办法'"));

        Assert.Equal([good], (await ListAsync(db, "wc-district")).Select(d => d.CaseId));
        db.Clock.SetUtcNow(ChinaAt(2026, 3, 18, 9));
        await db.TickAsync();
        Assert.Single(await RemindersAsync(db, good, NotificationKind.Filing));
        Assert.Empty(await RemindersAsync(db, outOfRange, NotificationKind.Filing));
        Assert.Empty(await RemindersAsync(db, unreadable, NotificationKind.Filing));
    }

    [Theory]
    [InlineData("9000")]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("2.5")]
    [InlineData("两年")]
    [InlineData(" 3")]
    public async Task SubmissionRefusesAValidityThatIsNotOneToFiveWholeYears(string years)
    {
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));

        var ex = await Assert.ThrowsAsync<InvalidInputException>(() => AdoptAsync(db, validityYears: years));

        Assert.StartsWith("metadata.validityYears: 有效期须为 1 到 5 的整数年", ex.Message);
    }

    [Theory]
    [InlineData("effectiveOn", "9999-12-31", "metadata.effectiveOn")]
    [InlineData("effectiveOn", "2026-4-1", "metadata.effectiveOn")]
    [InlineData("validUntil", "2036-03-31", "metadata.validUntil")]
    public async Task SubmissionRefusesDatesTheLifecycleCannotUse(string key, string value, string field)
    {
        await using var db = await TestDatabase.CreateAsync(start: ChinaAt(2026, 3, 2, 9));

        var ex = await Assert.ThrowsAsync<InvalidInputException>(() => AdoptAsync(db, extra: (key, value)));

        Assert.Contains(field + ":", ex.Message);
    }

    private static async Task<Guid> AdoptAsync(TestDatabase db, string title = "罗埠镇村规民约备案管理办法", string validityYears = "2", (string Key, string Value)? extra = null,
        string? publishedOn = "2026-03-06")
    {
        var drafter = await db.ActorAsync("lb-drafter", Roles.Drafter);
        var uploads = new[] { "draft", "draftingNote", "legalBasis", "publicComment" }
            .Select(m => DocumentUpload.From(m + ".txt", "text/plain", Encoding.UTF8.GetBytes("内容 " + m), m)).ToArray();
        var metadata = new Dictionary<string, string> { ["issuer"] = "罗埠镇人民政府", ["effectiveOn"] = "2026-04-01", ["validityYears"] = validityYears };
        if (extra is { } e)
        {
            metadata[e.Key] = e.Value;
        }

        var c = await db.RunAsync(sp => sp.GetRequiredService<SubmitCaseHandler>().HandleAsync(
            new SubmitCaseCommand(drafter, MatterKind.NormativeDocument, title, "党政办", null, metadata, uploads)));
        await db.ActAsync(c.Id, "lb-registrar", "registrar", new ActionRequest("accept"));
        await db.ActAsync(c.Id, "lb-reviewer", "reviewer", new ActionRequest("requestLawyerOpinion"));
        await db.ActAsync(c.Id, "lb-lawyer", "lawyer", new ActionRequest("submitLawyerOpinion", Comment: "书面法律意见"));
        db.Clock.SetUtcNow(ChinaAt(2026, 3, 6, 10));
        await db.ActAsync(c.Id, "lb-reviewer", "reviewer", new ActionRequest("draftOpinion", Comment: "审查意见", Conclusion: "合法"));
        await db.ActAsync(c.Id, "lb-lead", "reviewLead", new ActionRequest("approveOpinion"));
        await db.ActAsync(c.Id, "lb-drafter", "drafter", new ActionRequest("confirmAdoption", Comment: "已采纳"));
        await db.ActAsync(c.Id, "lb-drafter", "drafter", Recording("recordDeliberation", ("meetingOn", "2026-03-06"), ("meetingName", "镇长办公会议"), ("outcome", "通过")));
        if (publishedOn is not null)
        {
            await db.ActAsync(c.Id, "lb-drafter", "drafter", Recording("recordPublication", ("publishedOn", publishedOn), ("documentNumber", "罗政发〔2026〕3号"),
                ("channel", "婺城区人民政府网站")));
        }

        return c.Id;
    }

    private static ActionRequest Recording(string actionId, params (string Key, string Value)[] fields) =>
        new(actionId) { Record = fields.ToDictionary(f => f.Key, f => f.Value) };

    private static async Task<IReadOnlyList<NormativeDocument>> ListAsync(TestDatabase db, string userId, int? cleanupWithinDays = null)
    {
        var viewer = await db.RunAsync(sp => sp.GetRequiredService<ViewerResolver>().ResolveAsync(userId));
        return await db.RunAsync(sp => sp.GetRequiredService<GetNormativeDocumentsHandler>().HandleAsync(viewer, cleanupWithinDays));
    }

    private static Task<List<Notification>> RemindersAsync(TestDatabase db, Guid caseId, NotificationKind kind) =>
        db.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().Notifications.AsNoTracking().Where(n => n.CaseId == caseId && n.Kind == kind).ToListAsync());
}
