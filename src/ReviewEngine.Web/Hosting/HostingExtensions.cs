using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using ReviewEngine.Infrastructure;
using ReviewEngine.Infrastructure.Deadlines;
using ReviewEngine.Infrastructure.Identity;
using ReviewEngine.Infrastructure.Persistence;
using ReviewEngine.Infrastructure.Seeding;
using ReviewEngine.Infrastructure.Webhooks;
using ReviewEngine.Web.Api;
using ReviewEngine.Web.Identity;
using ReviewEngine.Web.Templates;
using Serilog;

namespace ReviewEngine.Web.Hosting;

/// <summary>
/// The host's table of contents: configuration → services, one call per feature (each in its feature's folder), and
/// start-up work. Infrastructure registers itself and Application (<c>AddReviewEngine</c> → <c>AddApplication</c>).
/// </summary>
public static class HostingExtensions
{
    public const string DemoPassword = "Review@2026demo";

    public static void AddReviewEngineServices(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var dataDirectory = config["ReviewEngine:DataDirectory"] ?? Path.Combine(builder.Environment.ContentRootPath, "data");

        builder.Host.UseSerilog((ctx, log) => log.ReadFrom.Configuration(ctx.Configuration).Enrich.FromLogContext().WriteTo.Console());
        // Database (SQLite file or PostgreSQL), workflow catalog, use cases, timers, webhooks, the district's rules.
        builder.AddReviewEngineCore(dataDirectory);
        // Template library and case documents for 案件查询, each in its own index folder beside the data.
        builder.Services.AddSearchFeature(config, dataDirectory);
        // Upload size limit (ReviewEngine:MaxUploadMegabytes) for the inspector, forms and Kestrel alike.
        builder.AddUploadLimits();
        // Sign-in: cookie and bearer on one identity store, login throttling, the per-request viewer and its cache.
        builder.Services.AddIdentityFeature(config);
        // JSON API: enum names, idempotent submission, problem details, OpenAPI.
        builder.Services.AddApiFeature();
        // Razor Pages: authorised by default, the layout's header, antiforgery, Chinese text unescaped.
        builder.Services.AddPagesFeature();
        builder.Services.AddHealthChecks();
    }

    /// <summary>Infrastructure (with Application) on the configured database, plus the options the host reads for it.</summary>
    private static void AddReviewEngineCore(this WebApplicationBuilder builder, string dataDirectory)
    {
        var config = builder.Configuration;
        // A PostgreSQL connection string (ConnectionStrings:ReviewEngine) takes over from the SQLite file when set.
        var database = config.GetConnectionString("ReviewEngine") is { Length: > 0 } connectionString
            ? DatabaseOptions.FromPathOrConnectionString(connectionString)
            : DatabaseOptions.SqliteFile(config["ReviewEngine:DatabasePath"] ?? Path.Combine(dataDirectory, "reviewengine.db"));
        builder.Services.AddReviewEngine(database, config["ReviewEngine:WorkflowsDirectory"] ?? RepositoryPaths.Folder("workflows"));
        // On SQLite, WAL checkpoints in the background instead of on the commit that crosses 1,000 pages (ADR 0017).
        builder.Services.AddSqliteCheckpointer(database);
        builder.Services.Configure<SqliteCheckpointOptions>(config.GetSection(SqliteCheckpointOptions.Section));
        // Cookie and antiforgery keys live with the data (nodes of one district share the folder), so a restart keeps
        // people signed in. At rest they are protected like the database beside them, by the folder's permissions,
        // so appsettings.json lowers XmlKeyManager's "No XML encryptor configured" warning (docs/operations.md).
        builder.Services.AddDataProtection().SetApplicationName("ReviewEngine")
            .PersistKeysToFileSystem(new DirectoryInfo(config["ReviewEngine:KeysDirectory"] ?? Path.Combine(dataDirectory, "keys")));
        builder.Services.Configure<DeadlineOptions>(config.GetSection(DeadlineOptions.Section));
        builder.Services.Configure<WebhookOptions>(config.GetSection(WebhookOptions.Section));
        // Panel sizes, earlier-round exclusion, answer-by working days: the district's own rules (ReviewEngine:Experts).
        builder.Services.AddSingleton(ExpertRulesConfiguration.Read(config));
        // Who issues 审查意见书 per organisation: seal name and 文号/case number patterns (ReviewEngine:OpinionLetters).
        builder.Services.AddSingleton(config.GetSection(Application.Opinions.OpinionLetterOptions.Section).Get<Application.Opinions.OpinionLetterOptions>()
            ?? new Application.Opinions.OpinionLetterOptions());
    }

    private static void AddUploadLimits(this WebApplicationBuilder builder)
    {
        var maxUploadMb = builder.Configuration.GetValue("ReviewEngine:MaxUploadMegabytes", 20);
        // Replaces Infrastructure's default inspector (registered first, by AddReviewEngine).
        builder.Services.AddSingleton(new Infrastructure.Documents.UploadInspector(maxUploadMb * 1024L * 1024));
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = (maxUploadMb + 5) * 1024L * 1024);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = (maxUploadMb + 5) * 1024L * 1024);
    }

    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).Count();
        if (pending > 0)
        {
            app.Logger.LogInformation("正在应用 {Count} 个数据库迁移（{Provider}）…", pending, db.Database.ProviderName);
        }

        await DatabaseInitializer.MigrateAsync(db);
        if (app.Environment.IsDevelopment())
        {
            var firstStart = !db.Organisations.Any();
            await DemoDistrict.SeedAsync(db);
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().EnsureDemoIdentitiesAsync(DemoPassword);
            if (firstStart)
            {
                app.Logger.LogInformation("{DemoAccounts:l}",
                    DemoAccountsTable.Format(DemoDistrict.CreateOrganisations(), DemoDistrict.CreateUsers(), DemoPassword));
            }
        }
    }
}
