using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Tests.Reviews;

/// <summary>补正 in one trip (issue 17 item 2): the registrar's checklist, the drafter's several files sent back once,
/// a partial answer only with a reason, and which items were answered on the case page.</summary>
public abstract class SupplementInOneTripTests(DatabaseProvider provider)
{
    private static readonly string[] Missing = ["draftingNote", "legalBasis", "publicComment"];

    [ProviderFact]
    public async Task ThreeMissingMaterialsAreAnsweredInOneTrip()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var id = await SubmitDraftOnlyAsync(db);
        await RequestChecklistAsync(db, id);

        var c = await AnswerAsync(db, id, Missing, reason: null);

        Assert.Equal("registration", c.State);
        var (events, documents, details) = await ReadAsync(db, id);
        Assert.Single(events, e => e.Action == "submitSupplement");
        Assert.Equal(3, documents.Count(d => d.Purpose == "submitSupplement"));
        var status = Assert.IsType<SupplementStatus>(details.Supplement);
        Assert.Equal(Missing, status.Items.Select(i => i.Item.ItemId));
        Assert.All(status.Items, i => Assert.True(i.Answered));
        Assert.Empty(details.MissingMaterials);
        Assert.Equal("townshipReview", (await db.ActAsync(id, "lb-registrar", Roles.Registrar, new ActionRequest("accept"))).State);
    }

    [ProviderFact]
    public async Task PartialAnswerNeedsAStatedReason()
    {
        await using var db = await TestDatabase.CreateAsync(provider: provider);
        var id = await SubmitDraftOnlyAsync(db);
        await RequestChecklistAsync(db, id);

        var refused = await Assert.ThrowsAsync<ActionRejectedException>(() => AnswerAsync(db, id, ["draftingNote"], reason: null));
        Assert.Contains("补正清单尚有未补正的项目：制定依据清单、公开征求意见及采纳情况", refused.Message);

        var c = await AnswerAsync(db, id, ["draftingNote"], reason: "征求意见尚未结束，下周补交");
        Assert.Equal("registration", c.State);
        var status = Assert.IsType<SupplementStatus>((await ReadAsync(db, id)).Details.Supplement);
        Assert.Equal([true, false, false], status.Items.Select(i => i.Answered));
        Assert.Equal("征求意见尚未结束，下周补交", status.Reason);
    }

    private static async Task<Guid> SubmitDraftOnlyAsync(TestDatabase db)
    {
        var drafter = await db.ActorAsync("lb-drafter", Roles.Drafter);
        var draft = DocumentUpload.From("draft.txt", "text/plain", Encoding.UTF8.GetBytes("送审稿内容"), "draft");
        var c = await db.RunAsync(sp => sp.GetRequiredService<SubmitCaseHandler>().HandleAsync(new SubmitCaseCommand(drafter, MatterKind.NormativeDocument,
            "罗埠镇农村生活垃圾分类管理办法", "农业农村办", null, new Dictionary<string, string> { ["issuer"] = "罗埠镇人民政府" }, [draft])));
        return c.Id;
    }

    private static Task RequestChecklistAsync(TestDatabase db, Guid id) =>
        db.ActAsync(id, "lb-registrar", Roles.Registrar, new ActionRequest("requestSupplement", Comment: "材料不齐，请一次补齐")
        {
            Supplement = new SupplementInput(Missing.Select(m => new SupplementItem(m, m)).ToList()),
        });

    private static async Task<ReviewCase> AnswerAsync(TestDatabase db, Guid id, string[] items, string? reason)
    {
        var drafter = await db.ActorAsync("lb-drafter", Roles.Drafter);
        var files = items.Select(m => new IncomingFile(m + ".txt", Encoding.UTF8.GetBytes("补正 " + m), m)).ToList();
        var request = new ActionRequest("submitSupplement", Comment: "已按清单补正") { Supplement = new SupplementInput([], null, reason) };
        return (await db.RunAsync(sp => sp.GetRequiredService<PerformCaseActionHandler>().HandleAsync(
            new PerformCaseActionCommand(id, drafter, request, files[0], MoreUploads: files.Skip(1).ToList())))).Case;
    }

    private static async Task<(List<Domain.Audit.AuditEvent> Events, List<CaseDocument> Documents, CaseDetails Details)> ReadAsync(TestDatabase db, Guid id) =>
        await db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<ReviewDbContext>();
            var events = await context.AuditEvents.AsNoTracking().Where(e => e.CaseId == id).ToListAsync();
            var documents = await context.CaseDocuments.AsNoTracking().Where(d => d.CaseId == id).ToListAsync();
            var viewer = await sp.GetRequiredService<ViewerResolver>().ResolveAsync("lb-registrar");
            return (events, documents, await sp.GetRequiredService<GetCaseDetailsHandler>().HandleAsync(viewer, id));
        });
}

public sealed class SupplementInOneTripOnSqliteTests() : SupplementInOneTripTests(DatabaseProvider.Sqlite);

[Trait("Requires", "PostgreSql")]
public sealed class SupplementInOneTripOnPostgreSqlTests() : SupplementInOneTripTests(DatabaseProvider.PostgreSql);
