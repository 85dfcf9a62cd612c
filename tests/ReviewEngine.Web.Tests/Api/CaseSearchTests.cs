using System.Net.Http.Json;
using System.Text.Json;

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
}
