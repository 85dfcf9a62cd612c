using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;
using ReviewEngine.Infrastructure.Persistence;
using ReviewEngine.Infrastructure.Workflows;
using ReviewEngine.Tests.Shared;

namespace ReviewEngine.Infrastructure.Tests.Workflows;

public abstract class WorkflowPinningTests(DatabaseProvider provider)
{
    [ProviderFact]
    public async Task CaseKeepsItsPinnedVersionAfterTheFileIsEdited()
    {
        var workflows = CopyWorkflows();
        var db = await TestDatabase.CreateAsync(workflows, provider: provider);
        var id = await db.SubmitNormativeDocumentAsync();
        var directory = db.Directory;
        await db.Services.DisposeAsync();

        var path = Path.Combine(workflows, "normative-document.json");
        var pinned = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("version").GetInt32();
        File.WriteAllText(path, File.ReadAllText(path)
            .Replace($"\"version\": {pinned}", $"\"version\": {pinned + 1}")
            .Replace("\"id\": \"accept\"", "\"id\": \"register\""));

        await using var after = await TestDatabase.CreateAsync(workflows, directory, provider: provider);
        var catalog = after.Services.GetRequiredService<Application.Workflows.IWorkflowCatalog>();
        Assert.Equal(pinned + 1, catalog.Find("normative-document")!.Definition.Version);

        var c = await after.ActAsync(id, "lb-registrar", "registrar", new ActionRequest("accept"));
        Assert.Equal(pinned, c.WorkflowVersion);
        Assert.Equal("townshipReview", c.State);

        var newId = await after.SubmitNormativeDocumentAsync();
        await Assert.ThrowsAsync<DomainException>(() => after.ActAsync(newId, "lb-registrar", "registrar", new ActionRequest("accept")));
        Assert.Equal("townshipReview", (await after.ActAsync(newId, "lb-registrar", "registrar", new ActionRequest("register"))).State);
        var pins = await after.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().ReviewCases.Select(x => new { x.Id, x.WorkflowVersion }).ToListAsync());
        Assert.Equal(pinned + 1, pins.Single(p => p.Id == newId).WorkflowVersion);
        var snapshots = await after.RunAsync(sp => sp.GetRequiredService<ReviewDbContext>().WorkflowSnapshots.CountAsync());
        Assert.Equal(2, snapshots);
    }

    [ProviderFact]
    public void InvalidWorkflowDirectoryFailsFastWithEveryError()
    {
        var workflows = CopyWorkflows();
        File.WriteAllText(Path.Combine(workflows, "broken.json"), """{"schemaVersion":1,"id":"broken","version":1,"title":"坏","kinds":["MAJOR_ENFORCEMENT"],"initialState":"a","reviewClock":{"workingDays":5},"conclusions":["合法"],"states":[{"id":"a","task":{"role":"boss"},"actions":[{"id":"go","to":"b","roles":["reviewer"]}]}]}""");

        var ex = Assert.Throws<WorkflowValidationException>(() => FileWorkflowCatalog.Load(workflows));

        Assert.Contains(ex.Errors, e => e.File == "broken.json" && e.Path == "$.states[0].task.role");
        Assert.Contains(ex.Errors, e => e.File == "broken.json" && e.Path == "$.states[0].actions[0].to");
    }

    internal static string CopyWorkflows()
    {
        var target = Path.Combine(Path.GetTempPath(), "re-tests", "wf-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(TestPaths.Workflows, "*.json", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(target, Path.GetRelativePath(TestPaths.Workflows, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }

        return target;
    }
}

public sealed class WorkflowPinningOnSqliteTests() : WorkflowPinningTests(DatabaseProvider.Sqlite);

[Trait("Requires", "PostgreSql")]
public sealed class WorkflowPinningOnPostgreSqlTests() : WorkflowPinningTests(DatabaseProvider.PostgreSql);
