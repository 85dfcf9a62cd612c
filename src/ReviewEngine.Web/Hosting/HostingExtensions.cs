using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using ReviewEngine.Infrastructure;
using ReviewEngine.Infrastructure.Deadlines;
using ReviewEngine.Infrastructure.Documents;
using ReviewEngine.Infrastructure.Identity;
using ReviewEngine.Infrastructure.Persistence;
using ReviewEngine.Infrastructure.Search;
using ReviewEngine.Infrastructure.Seeding;
using ReviewEngine.Infrastructure.Webhooks;
using ReviewEngine.Web.Identity;
using Serilog;

namespace ReviewEngine.Web.Hosting;

/// <summary>The host's table of contents: configuration → services, and start-up work.</summary>
public static class HostingExtensions
{
    public const string DemoPassword = "Review@2026demo";

    public static void AddReviewEngineServices(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var dataDirectory = config["ReviewEngine:DataDirectory"] ?? Path.Combine(builder.Environment.ContentRootPath, "data");
        // A PostgreSQL connection string (ConnectionStrings:ReviewEngine) takes over from the SQLite file when set.
        var database = config.GetConnectionString("ReviewEngine") is { Length: > 0 } connectionString
            ? DatabaseOptions.FromPathOrConnectionString(connectionString)
            : DatabaseOptions.SqliteFile(config["ReviewEngine:DatabasePath"] ?? Path.Combine(dataDirectory, "reviewengine.db"));
        var workflows = config["ReviewEngine:WorkflowsDirectory"] ?? RepositoryPaths.Folder("workflows");
        var maxUploadMb = config.GetValue("ReviewEngine:MaxUploadMegabytes", 20);

        builder.Host.UseSerilog((ctx, log) => log.ReadFrom.Configuration(ctx.Configuration).Enrich.FromLogContext().WriteTo.Console());
        builder.Services.AddReviewEngine(database, workflows);
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
        builder.Services.AddTemplateSearch(config["ReviewEngine:TemplatesDirectory"], Path.Combine(dataDirectory, "index"));
        // Full text of case documents for 案件查询, its own folder beside the template index; rebuilt at start when empty.
        builder.Services.AddCaseDocumentSearch(config["ReviewEngine:CaseIndexDirectory"] ?? Path.Combine(dataDirectory, "case-index"));
        builder.Services.AddSingleton(new UploadInspector(maxUploadMb * 1024L * 1024));
        builder.Services.AddReviewEngineAuthentication();
        builder.Services.AddSingleton(new LoginThrottle(config.GetSection("Security:Login").Get<LoginThrottleOptions>() ?? new LoginThrottleOptions()));
        builder.Services.AddScoped<LoginAttempts>();
        builder.Services.AddHttpContextAccessor();
        // Enums travel as camelCase names ("partiallyAdopted"), and numbers are still read, as before.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(
            new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        builder.Services.AddSingleton<Api.IdempotentSubmissions>();
        builder.Services.AddScoped<CurrentViewer>();
        builder.Services.AddScoped<ReviewEngine.Web.Pages.Shared.LayoutHeader>();
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
        });
        builder.Services.AddAntiforgery(o =>
        {
            o.HeaderName = "X-CSRF-TOKEN";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = (maxUploadMb + 5) * 1024L * 1024);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = (maxUploadMb + 5) * 1024L * 1024);
        // Chinese text is written as is, not as &#x…; entities (still HTML-encoded where it matters).
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();

        // Unbindable requests reach BadRequestExceptionHandler in every environment, so the 400 carries a message.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<Api.BadRequestExceptionHandler>();
        builder.Services.AddHealthChecks();
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
