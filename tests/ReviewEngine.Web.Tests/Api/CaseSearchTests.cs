using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Application.Signing;
using ReviewEngine.Infrastructure.Search;

namespace ReviewEngine.Web.Tests.Api;

public sealed class CaseSearchTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public CaseSearchTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task SearchFiltersByCounterpartyAmountKindAndTextWithinWhatTheViewerMaySee()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var big = await ReviewEngineApp.SubmitAsync(drafter, "ADMIN_AGREEMENT", "新材料项目投资协议", ReviewEngineApp.AgreementMaterials, "浙江某新材料有限公司", 120_000_000m);
        var small = await ReviewEngineApp.SubmitAsync(drafter, "ADMIN_AGREEMENT", "小型项目投资协议", ReviewEngineApp.AgreementMaterials, "某餐饮有限公司", 500_000m);

        async Task<List<Guid>> FindAsync(HttpClient client, string query) =>
            (await client.GetFromJsonAsync<JsonElement>("/api/cases?" + query)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

        var reviewer = await _app.ClientAsAsync("lb-reviewer");
        Assert.Equal([big], (await FindAsync(reviewer, "counterparty=新材料")).Where(id => id == big || id == small));
        Assert.Contains(big, await FindAsync(reviewer, "minAmount=100000000&kind=ADMIN_AGREEMENT"));
        Assert.DoesNotContain(small, await FindAsync(reviewer, "minAmount=100000000"));
        Assert.Contains(small, await FindAsync(reviewer, "maxAmount=1000000&q=小型"));
        Assert.Empty(await FindAsync(await _app.ClientAsAsync("cb-reviewer"), "counterparty=新材料"));
        Assert.Contains(big, await FindAsync(await _app.ClientAsAsync("wc-district"), "township=luobu&counterparty=新材料"));
    }

    [Fact]
    public async Task FullTextFindsWordsOfTheDocumentsWithHighlightsOnlyWhereTheViewerMaySee()
    {
        var id = await SubmitWithTextAsync(await _app.ClientAsAsync("lb-drafter"), "罗埠镇集镇停车管理办法",
            "第三条 机动车应当在划定的泊位内停放，夜间停放收取停车服务费。");

        var reviewer = await SearchAsync(await _app.ClientAsAsync("lb-reviewer"), "text=停车服务费");
        var hit = Assert.Single(reviewer.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        Assert.Contains("【停车】", string.Concat(hit.GetProperty("match").GetProperty("fragments").EnumerateArray().Select(f => f.GetString())));
        Assert.Equal("罗埠镇人民政府", hit.GetProperty("townshipName").GetString());
        Assert.Empty(Ids(await SearchAsync(await _app.ClientAsAsync("cb-reviewer"), "text=停车服务费")));
        Assert.Empty(Ids(await SearchAsync(await _app.ClientAsAsync("expert-1"), "text=停车服务费")));
        Assert.Contains(id, Ids(await SearchAsync(await _app.ClientAsAsync("wc-district"), "text=夜间停放&township=luobu")));
        Assert.DoesNotContain(id, Ids(await SearchAsync(await _app.ClientAsAsync("lb-reviewer"), "text=停车服务费&township=chengbei")));
    }

    [Fact]
    public async Task SearchBySubmitterDateRangeAndPrintedCaseNumber()
    {
        var id = await SubmitWithTextAsync(await _app.ClientAsAsync("lb-drafter"), "罗埠镇送审人查询测试办法", "正文。");
        var reviewer = await _app.ClientAsAsync("lb-reviewer");
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
        var tomorrow = DateTime.UtcNow.AddHours(8).AddDays(1).ToString("yyyy-MM-dd");

        Assert.Contains(id, Ids(await SearchAsync(reviewer, "submitter=lb-drafter")));
        Assert.DoesNotContain(id, Ids(await SearchAsync(reviewer, "submitter=cb-drafter")));
        Assert.Contains(id, Ids(await SearchAsync(reviewer, $"from={today}&to={today}")));
        Assert.DoesNotContain(id, Ids(await SearchAsync(reviewer, $"from={tomorrow}")));
        var all = (await SearchAsync(reviewer, "kind=NORMATIVE_DOC")).GetProperty("total").GetInt32();
        Assert.True(all >= 1);
        using (var scope = _app.Services.CreateScope())
        {
            var reference = scope.ServiceProvider.GetRequiredService<ReviewEngine.Application.CaseFiles.FindCaseByReferenceHandler>();
            var year = DateTime.UtcNow.Year;
            var found = new List<Guid?>();
            for (var seq = 1; seq <= 50 && !found.Contains(id); seq++)
            {
                found.Add(await reference.HandleAsync($"罗埠审受〔{year}〕{seq}号"));
            }

            var printed = $"罗埠审受〔{year}〕{found.IndexOf(id) + 1}号";
            Assert.Equal([id], Ids(await SearchAsync(reviewer, "q=" + Uri.EscapeDataString(printed))));
        }

        var bad = await reviewer.GetAsync($"/api/cases?from={tomorrow}&to={today}");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task ASupplementDocumentIsSearchableAtOnceAndALawyerFindsTheCaseOnlyOnceHoldingItsTask()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "ADMIN_AGREEMENT", "石拱桥修缮工程委托协议", ReviewEngineApp.AgreementMaterials, "某古建修缮有限公司");
        async Task Act(HttpClient client, object body)
        {
            var r = await ReviewEngineApp.ActAsync(client, id, body);
            Assert.True(r.StatusCode == HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        }

        var registrar = await _app.ClientAsAsync("lb-registrar");
        await Act(registrar, new { actionId = "requestSupplement", comment = "请补充文物部门意见" });
        await Act(drafter, new
        {
            actionId = "submitSupplement",
            documentName = "文物部门意见.txt",
            documentBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("区文物保护所意见：同意按原工艺修缮单孔石拱桥，不得改变桥面铺装。")),
            materialId = "legalBasis",
        });

        var found = await SearchAsync(registrar, "text=" + Uri.EscapeDataString("文物保护所"));
        var hit = Assert.Single(found.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        Assert.Equal("文物部门意见.txt", hit.GetProperty("match").GetProperty("fileName").GetString());

        var lawyer = await _app.ClientAsAsync("lb-lawyer");
        Assert.DoesNotContain(id, Ids(await SearchAsync(lawyer, "text=" + Uri.EscapeDataString("文物保护所"))));
        await Act(registrar, new { actionId = "accept" });
        await Act(await _app.ClientAsAsync("lb-reviewer"), new { actionId = "requestLawyerOpinion" });
        Assert.Contains(id, Ids(await SearchAsync(lawyer, "text=" + Uri.EscapeDataString("文物保护所"))));
    }

    [Fact]
    public async Task ANewIndexIsRebuiltAndABehindIndexCatchesUpFromTheDatabase()
    {
        var id = await SubmitWithTextAsync(await _app.ClientAsAsync("lb-drafter"), "罗埠镇索引重建测试办法", "本办法规定古樟树保护补助的申领程序。");
        using var scope = _app.Services.CreateScope();
        Assert.Contains(id, scope.ServiceProvider.GetRequiredService<ICaseDocumentIndex>().MatchingCases("古樟树保护", 10));

        // A second index folder over the app's database (the app's own is kept in step by its background pass).
        var folder = Path.Combine(_app.Directory, "case-index-2");
        using var index = new LuceneCaseDocumentIndex(folder, scope.ServiceProvider.GetRequiredService<IDocumentTextReader>());
        var sync = new RebuildCaseDocumentIndexHandler(scope.ServiceProvider.GetRequiredService<IReviewDbContext>(), index);
        Assert.Null(index.SyncedUpToUtc);
        Assert.Empty(index.MatchingCases("古樟树保护", 10));
        Assert.True(await sync.CatchUpAsync(TimeSpan.FromMinutes(5)) >= 4);
        Assert.Contains(id, index.MatchingCases("古樟树保护", 10));
        Assert.True(Directory.EnumerateFiles(folder, "segments_*").Any());

        // A node whose index is an hour behind (another node stored the documents) picks them up from its watermark.
        index.Clear();
        index.MarkSyncedUpTo(DateTime.UtcNow.AddHours(-1));
        var caughtUp = await sync.CatchUpAsync(TimeSpan.FromMinutes(5));
        Assert.InRange(caughtUp, 4, 1000);
        Assert.Contains(id, index.MatchingCases("古樟树保护", 10));
        Assert.True(index.SyncedUpToUtc > DateTime.UtcNow.AddMinutes(-5));
    }

    private static async Task<Guid> SubmitWithTextAsync(HttpClient drafter, string title, string draftText)
    {
        var documents = ReviewEngineApp.NormativeMaterials.Select(m => new
        {
            fileName = m + ".txt",
            base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(m == "draft" ? title + "\n" + draftText : $"{title} {m}")),
            materialId = m,
        });
        var response = await drafter.PostAsJsonAsync("/api/cases", new { kind = "NORMATIVE_DOC", title, documents });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/cases?" + query);
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<Guid> Ids(JsonElement result) =>
        result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
}
