using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.Workflows;

/// <summary>
/// Resolves the definition a case is pinned to: the loaded file when its hash matches, otherwise the snapshot
/// stored when the case was opened. Editing a file therefore never changes a case in flight.
/// </summary>
public sealed class PinnedWorkflows(IWorkflowCatalog catalog, IReviewDbContext db, WorkflowDefinitionCache cache)
{
    public async Task<WorkflowDefinition> ForCaseAsync(ReviewCase c, CancellationToken ct)
    {
        var cached = cache.Get(c.WorkflowId, c.WorkflowVersion, c.WorkflowHash);
        if (cached is not null)
        {
            return cached;
        }

        var current = catalog.Find(c.WorkflowId);
        if (current is not null && current.Definition.ContentHash == c.WorkflowHash)
        {
            cache.Add(current.Definition);
            return current.Definition;
        }

        var snapshot = await db.WorkflowSnapshots.AsNoTracking()
            .FirstOrDefaultAsync(s => s.WorkflowId == c.WorkflowId && s.Version == c.WorkflowVersion && s.ContentHash == c.WorkflowHash, ct)
            ?? throw new InvalidOperationException($"案件 {c.Number} 固定的工作流 {c.WorkflowId}@{c.WorkflowVersion} 快照缺失");
        var parsed = WorkflowParser.ParsePinned(snapshot.Json, snapshot.FileName);
        var definition = parsed.Definition ?? throw new WorkflowValidationException(parsed.Errors);
        cache.Add(definition);
        return definition;
    }

    /// <summary>Stores the text of the version a new case pins, once per content hash.</summary>
    public async Task EnsureSnapshotAsync(LoadedWorkflow workflow, CancellationToken ct)
    {
        var d = workflow.Definition;
        cache.Add(d);
        var exists = await db.WorkflowSnapshots.AnyAsync(s => s.WorkflowId == d.Id && s.Version == d.Version && s.ContentHash == d.ContentHash, ct);
        if (!exists && !db.WorkflowSnapshots.Local.Any(s => s.ContentHash == d.ContentHash && s.WorkflowId == d.Id))
        {
            db.WorkflowSnapshots.Add(new WorkflowSnapshot(d.Id, d.Version, d.ContentHash, workflow.FileName, workflow.Json));
        }
    }
}
