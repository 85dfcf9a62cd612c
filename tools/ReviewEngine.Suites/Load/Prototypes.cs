using System.Text.Json.Nodes;
using ReviewEngine.Suites.BadInput;
using ReviewEngine.Suites.Common;

namespace ReviewEngine.Suites.Load;

/// <summary>
/// Real cases made through the API, one per state and township, that the seeder clones: in registration, in
/// township review, with the lawyer, and closed (returned as out of scope, or withdrawn by the drafter).
/// </summary>
public static class Prototypes
{
    public static readonly string[] States = ["registration", "townshipReview", "lawyerOpinion", "outOfScope", "withdrawn"];

    public static async Task CreateAsync(HttpClient http)
    {
        foreach (var township in new[] { "lb", "cb" })
        {
            var drafter = await ApiClient.LoginAsync(http, $"{township}-drafter");
            var registrar = await ApiClient.LoginAsync(http, $"{township}-registrar");
            var reviewer = await ApiClient.LoginAsync(http, $"{township}-reviewer");
            await BadInputSuite.SubmitAsync(drafter, "某镇关于规范农村建房管理的通知");
            await ActAsync(registrar, await BadInputSuite.SubmitAsync(drafter, "某镇关于加强河道保洁的实施办法"), "accept");
            var lawyer = await BadInputSuite.SubmitAsync(drafter, "某镇关于集体资产租赁管理的规定");
            await ActAsync(registrar, lawyer, "accept");
            await ActAsync(reviewer, lawyer, "requestLawyerOpinion");
            await ActAsync(registrar, await BadInputSuite.SubmitAsync(drafter, "某镇关于某企业用工纠纷的处理意见"), "returnOutOfScope", "属于民事纠纷，不属于合法性审查范围");
            await ActAsync(drafter, await BadInputSuite.SubmitAsync(drafter, "某镇关于调整垃圾清运费用的通知"), "withdraw", "政策调整，撤回送审");
        }
    }

    private static async Task ActAsync(ApiClient client, Guid id, string action, string? comment = null)
    {
        var (status, body) = await client.PostAsync($"/api/cases/{id}/actions", new JsonObject { ["actionId"] = action, ["comment"] = comment });
        if (status != 200)
        {
            throw new InvalidOperationException($"{action} on {id} answered {status}: {body}");
        }
    }
}
