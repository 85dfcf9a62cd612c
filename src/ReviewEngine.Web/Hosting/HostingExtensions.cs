using ReviewEngine.Infrastructure;
using ReviewEngine.Infrastructure.Persistence;
using ReviewEngine.Infrastructure.Seeding;

namespace ReviewEngine.Web.Hosting;

/// <summary>The host's table of contents: configuration → services, and start-up work.</summary>
public static class HostingExtensions
{
    public static void AddReviewEngineServices(this WebApplicationBuilder builder)
    {
        var dataDirectory = builder.Configuration["ReviewEngine:DataDirectory"] ?? Path.Combine(builder.Environment.ContentRootPath, "data");
        var database = builder.Configuration["ReviewEngine:DatabasePath"] ?? Path.Combine(dataDirectory, "reviewengine.db");
        var workflows = builder.Configuration["ReviewEngine:WorkflowsDirectory"] ?? RepositoryPaths.Folder("workflows");
        builder.Services.AddReviewEngine(DatabaseOptions.SqliteFile(database), workflows);
    }

    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        await DatabaseInitializer.MigrateAsync(db);
        if (app.Environment.IsDevelopment())
        {
            var firstStart = !db.Organisations.Any();
            await DemoDistrict.SeedAsync(db);
            if (firstStart)
            {
                app.Logger.LogInformation("演示数据已创建。登录用户：{Users}",
                    string.Join("，", DemoDistrict.CreateUsers().Select(u => $"{u.Id}（{u.DisplayName}，{string.Join("/", u.Roles)}）")));
            }
        }
    }
}
