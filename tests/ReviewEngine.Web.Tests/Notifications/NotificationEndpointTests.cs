using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Domain.Deadlines;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Web.Tests.Notifications;

public sealed class NotificationEndpointTests : IClassFixture<ReviewEngineApp>
{
    private readonly ReviewEngineApp _app;

    public NotificationEndpointTests(ReviewEngineApp app) => _app = app;

    [Fact]
    public async Task BellListsOnlyTheViewersNotificationsAndMarksThemRead()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var caseId = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "通知测试办法", ReviewEngineApp.NormativeMaterials);
        var registrar = await _app.ClientAsAsync("lb-registrar");
        var offered = await registrar.GetFromJsonAsync<JsonElement>("/api/notifications?unreadOnly=true");
        Assert.Contains(offered.GetProperty("items").EnumerateArray(), i => i.GetProperty("kindLabel").GetString() == "待认领" && i.GetProperty("caseId").GetGuid() == caseId);
        await registrar.PostAsJsonAsync("/api/notifications/read", new { ids = Array.Empty<Guid>() }); // the submission's hand-off, read

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
            db.Notifications.Add(new Notification(null, NotificationRecipient.RoleIn("registrar", "luobu"), caseId, "测试", NotificationKind.Reminder, "【催办】请登记", DateTime.UtcNow));
            db.Notifications.Add(new Notification(null, NotificationRecipient.User("lb-registrar"), caseId, "测试", NotificationKind.DueSoon, "【临期】请办理", DateTime.UtcNow.AddMinutes(1)));
            db.Notifications.Add(new Notification(null, NotificationRecipient.RoleIn("registrar", "chengbei"), caseId, "测试", NotificationKind.Reminder, "别的乡镇", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var bell = await registrar.GetFromJsonAsync<JsonElement>("/api/notifications");
        Assert.Equal(2, bell.GetProperty("unreadCount").GetInt32());
        var items = bell.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["临期", "催办"], items.Where(i => i.GetProperty("readAtUtc").ValueKind == JsonValueKind.Null).Select(i => i.GetProperty("kindLabel").GetString()));
        Assert.Equal(0, (await drafter.GetFromJsonAsync<JsonElement>("/api/notifications")).GetProperty("unreadCount").GetInt32());

        var first = items.First(i => i.GetProperty("kindLabel").GetString() == "临期").GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await registrar.PostAsync($"/api/notifications/{first}/read", null)).StatusCode);
        Assert.Equal(1, (await registrar.GetFromJsonAsync<JsonElement>("/api/notifications")).GetProperty("unreadCount").GetInt32());
        var all = await (await registrar.PostAsJsonAsync("/api/notifications/read", new { ids = Array.Empty<Guid>() })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, all.GetProperty("marked").GetInt32());
        Assert.Equal(0, (await registrar.GetFromJsonAsync<JsonElement>("/api/notifications?unreadOnly=true")).GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.CreateClient().GetAsync("/api/notifications")).StatusCode);
    }
}
