using System.Net;
using System.Text;
using System.Text.Json;

namespace ReviewEngine.Web.Tests.Api;

/// <summary>Issue 17 item 2 over HTTP: the 补正 checklist on the request, the drafter's <c>documents</c> array answering it once.</summary>
public sealed class SupplementOneTripTests(ReviewEngineApp app) : IClassFixture<ReviewEngineApp>
{
    [Fact]
    public async Task DocumentsArrayAnswersTheChecklistInOneAction()
    {
        var drafter = await app.ClientAsAsync("lb-drafter");
        var registrar = await app.ClientAsAsync("lb-registrar");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "ADMIN_AGREEMENT", "补正一次办结协议", ["contractText", "legalBasis"]);
        await OkAsync(registrar, id, new
        {
            actionId = "requestSupplement",
            comment = "请一次补齐",
            checklist = new[] { "draftingNote", "counterpartyInfo" },
            checklistOther = "法定代表人身份证明",
        });

        var partial = await ReviewEngineApp.ActAsync(drafter, id, new { actionId = "submitSupplement", documents = new[] { Doc("起草说明.txt", "draftingNote") } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, partial.StatusCode);
        Assert.Contains("补正清单尚有未补正的项目：对方主体资格资料、法定代表人身份证明", await partial.Content.ReadAsStringAsync());

        await OkAsync(drafter, id, new
        {
            actionId = "submitSupplement",
            comment = "已按清单补齐",
            documentName = "起草说明.txt",
            documentBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("起草说明")),
            materialId = "draftingNote",
            documents = new[] { Doc("主体资格.txt", "counterpartyInfo"), Doc("身份证明.txt", "other") },
        });

        var details = await ReviewEngineApp.GetCaseAsync(registrar, id);
        Assert.Equal("registration", details.GetProperty("state").GetString());
        var supplement = details.GetProperty("supplement");
        Assert.True(supplement.GetProperty("answered").GetBoolean());
        var items = supplement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["draftingNote", "counterpartyInfo", "other"], items.Select(i => i.GetProperty("id").GetString()));
        Assert.All(items, i => Assert.True(i.GetProperty("answered").GetBoolean()));
        Assert.Equal(3, details.GetProperty("documents").EnumerateArray().Count(d => d.GetProperty("purpose").GetString() == "submitSupplement"));
        Assert.Single(details.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("action").GetString() == "submitSupplement");
        await OkAsync(registrar, id, new { actionId = "accept" });
    }

    private static object Doc(string fileName, string materialId) =>
        new { fileName, base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("补正 " + fileName)), materialId };

    private static async Task OkAsync(HttpClient client, Guid id, object body)
    {
        var r = await ReviewEngineApp.ActAsync(client, id, body);
        Assert.True(r.StatusCode == HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
    }
}
