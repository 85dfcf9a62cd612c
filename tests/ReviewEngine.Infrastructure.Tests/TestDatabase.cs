using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReviewEngine.Application.Organisations;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure;
using ReviewEngine.Infrastructure.Persistence;
using ReviewEngine.Infrastructure.Seeding;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Infrastructure.Tests;

/// <summary>
/// A real database behind the real DI graph, migrated and seeded with the demo district: a SQLite file in a temp
/// folder, or a fresh PostgreSQL database named after that folder (so reopening the folder reopens the database).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string directory, ServiceProvider services, FakeTimeProvider clock, DatabaseProvider provider)
    {
        Directory = directory;
        Services = services;
        Clock = clock;
        Provider = provider;
    }

    public string Directory { get; }
    public string DatabasePath => Path.Combine(Directory, "review.db");
    public DatabaseProvider Provider { get; }
    public ServiceProvider Services { get; }
    public FakeTimeProvider Clock { get; }

    /// <param name="replace">Registrations put over the app's own, e.g. an analyzer reading another rules folder.</param>
    public static async Task<TestDatabase> CreateAsync(string? workflowsDirectory = null, string? existingDirectory = null, DateTimeOffset? start = null,
        DatabaseProvider provider = DatabaseProvider.Sqlite, Action<IServiceCollection>? replace = null)
    {
        var dir = existingDirectory ?? Path.Combine(Path.GetTempPath(), "re-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        var clock = new FakeTimeProvider(start ?? new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        var database = provider == DatabaseProvider.PostgreSql
            ? DatabaseOptions.PostgreSql(await TestPostgreSql.CreateDatabaseAsync(DatabaseName(dir)))
            : DatabaseOptions.SqliteFile(Path.Combine(dir, "review.db"));
        var collection = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddReviewEngine(database, workflowsDirectory ?? TestPaths.Workflows);
        replace?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReviewDbContext>();
            await DatabaseInitializer.MigrateAsync(db);
            await DemoDistrict.SeedAsync(db);
        }

        return new TestDatabase(dir, services, clock, provider);
    }

    private static string DatabaseName(string directory) => "re_test_" + Path.GetFileName(directory).ToLowerInvariant();

    /// <summary>Raw SQL as someone with direct database access would run it; identifiers quoted for both providers.</summary>
    public Task<int> ExecuteSqlAsync(string sql) =>
        RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().Database.ExecuteSqlRawAsync(sql));

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<Actor> ActorAsync(string userId, string role) =>
        RunAsync(sp => sp.GetRequiredService<ActorResolver>().ResolveAsync(userId, role));

    public async Task<Guid> SubmitNormativeDocumentAsync()
    {
        var drafter = await ActorAsync("lb-drafter", Roles.Drafter);
        string[] materials = ["draft", "draftingNote", "legalBasis", "publicComment"];
        var uploads = materials.Select(m => DocumentUpload.From(m + ".txt", "text/plain", Encoding.UTF8.GetBytes("内容 " + m), m)).ToArray();
        var c = await RunAsync(sp => sp.GetRequiredService<SubmitCaseHandler>().HandleAsync(
            new SubmitCaseCommand(drafter, MatterKind.NormativeDocument, "罗埠镇农村生活垃圾分类管理办法", "农业农村办", null, new Dictionary<string, string> { ["issuer"] = "罗埠镇人民政府" }, uploads)));
        return c.Id;
    }

    public async Task<ReviewCase> ActAsync(Guid caseId, string userId, string role, ActionRequest request, long? expectedVersion = null)
    {
        var actor = await ActorAsync(userId, role);
        return (await RunAsync(sp => sp.GetRequiredService<PerformCaseActionHandler>().HandleAsync(new PerformCaseActionCommand(caseId, actor, request, ExpectedVersion: expectedVersion)))).Case;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Provider == DatabaseProvider.PostgreSql)
        {
            await TestPostgreSql.DropDatabaseAsync(DatabaseName(Directory));
        }

        try
        {
            System.IO.Directory.Delete(Directory, true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
