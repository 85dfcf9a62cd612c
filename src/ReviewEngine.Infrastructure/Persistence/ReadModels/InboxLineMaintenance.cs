using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ReviewEngine.Application.Inbox;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Infrastructure.Persistence.ReadModels;

/// <summary>
/// Keeps <see cref="InboxLine"/>s in step with the work items and cases a save writes, inside that save (ADR 0009):
/// every write path goes through SaveChanges, so none can forget the inbox. It reads nothing in the usual case: a line
/// exists exactly when its task was open before the save (the invariant this step keeps), so lines are added, updated
/// column by column, or deleted by key. Only a task added without its case being tracked needs the case's columns read.
/// </summary>
internal static class InboxLineMaintenance
{
    /// <summary>The case's properties a line copies, and the line's column for each.</summary>
    private static readonly Dictionary<string, string> CaseProperties = new()
    {
        [nameof(ReviewCase.Number)] = nameof(InboxLine.CaseNumber),
        [nameof(ReviewCase.Title)] = nameof(InboxLine.Title),
        [nameof(ReviewCase.Kind)] = nameof(InboxLine.Kind),
        [nameof(ReviewCase.WorkflowId)] = nameof(InboxLine.WorkflowId),
        [nameof(ReviewCase.State)] = nameof(InboxLine.State),
    };

    /// <summary>The task's properties a line copies that can change while it is open (same names on the line).</summary>
    private static readonly string[] TaskProperties = [nameof(WorkItem.Role), nameof(WorkItem.OrganisationId), nameof(WorkItem.AssigneeId), nameof(WorkItem.ExcludedUserId), nameof(WorkItem.DueOn)];

    /// <summary>Call after DetectChanges and before the save.</summary>
    public static async Task ApplyAsync(ReviewDbContext db, bool async, CancellationToken ct)
    {
        var cases = db.ChangeTracker.Entries<ReviewCase>().ToDictionary(e => e.Entity.Id);
        var tasks = db.ChangeTracker.Entries<WorkItem>().ToList();
        var missing = tasks.Where(t => t.State == EntityState.Added && t.Entity.IsOpen && !cases.ContainsKey(t.Entity.CaseId))
            .Select(t => t.Entity.CaseId).Distinct().ToList();
        var read = missing.Count == 0 ? [] : await ReadCasesAsync(db, missing, async, ct);
        // Cases whose inbox columns changed, with the line columns to write.
        var renamed = cases.Values.Where(e => e.State == EntityState.Modified)
            .Select(e => (Entry: e, Columns: CaseProperties.Where(p => e.Property(p.Key).IsModified).Select(p => p.Value).ToList()))
            .Where(x => x.Columns.Count > 0).ToDictionary(x => x.Entry.Entity.Id, x => x.Columns);
        await TrackOpenTasksAsync(db, cases.Values.Where(e => renamed.ContainsKey(e.Entity.Id)).ToList(), async, ct);
        tasks = db.ChangeTracker.Entries<WorkItem>().ToList();
        foreach (var entry in tasks)
        {
            var task = entry.Entity;
            var wasOpen = entry.State != EntityState.Added && entry.OriginalValues.GetValue<WorkItemStatus>(nameof(WorkItem.Status)) == WorkItemStatus.Open;
            var isOpen = entry.State != EntityState.Deleted && task.IsOpen;
            if (isOpen && !wasOpen)
            {
                Track(db, cases.TryGetValue(task.CaseId, out var c) ? InboxLine.Of(task, c.Entity) : Line(task, read[task.CaseId]), EntityState.Added);
            }
            else if (wasOpen && !isOpen)
            {
                Track(db, InboxLine.Of(task.Id), EntityState.Deleted);
            }
            else if (isOpen)
            {
                var taskColumns = entry.State == EntityState.Modified ? TaskProperties.Where(p => entry.Property(p).IsModified).ToList() : [];
                var caseColumns = renamed.TryGetValue(task.CaseId, out var changed) ? changed : [];
                if (taskColumns.Count + caseColumns.Count > 0)
                {
                    // Attached as it is now, then only the columns that changed are written (a claim sets AssigneeId; an action, State).
                    var now = cases.TryGetValue(task.CaseId, out var owner) ? InboxLine.Of(task, owner.Entity) : InboxLine.Of(task.Id).WithTask(task);
                    var line = Track(db, now, EntityState.Unchanged);
                    foreach (var column in taskColumns.Concat(caseColumns))
                    {
                        line.Property(column).IsModified = true;
                    }
                }
            }
        }
    }

    /// <summary>
    /// A context that saves several times (the bench, a retried unit of work) still tracks the lines of its earlier
    /// saves: that entry is brought up to date instead of a second instance with the same key.
    /// </summary>
    private static EntityEntry<InboxLine> Track(ReviewDbContext db, InboxLine line, EntityState state)
    {
        if (db.InboxLines.Local.FindEntry(line.TaskId) is { } tracked)
        {
            if (state == EntityState.Deleted)
            {
                tracked.State = EntityState.Deleted;
            }
            else
            {
                tracked.CurrentValues.SetValues(line);
            }

            return tracked;
        }

        var entry = db.Entry(line);
        entry.State = state;
        return entry;
    }

    /// <summary>
    /// A case whose state changes is loaded with its open tasks (<c>CaseStore</c>); one changed without them (no write
    /// path does so today) gets them read here, so their lines still follow the case.
    /// </summary>
    private static async Task TrackOpenTasksAsync(ReviewDbContext db, List<EntityEntry<ReviewCase>> cases, bool async, CancellationToken ct)
    {
        var ids = cases.Where(e => !e.Collection(c => c.Tasks).IsLoaded).Select(e => e.Entity.Id).ToList();
        if (ids.Count > 0)
        {
            var query = db.WorkItems.Where(t => ids.Contains(t.CaseId) && t.Status == WorkItemStatus.Open);
            if (async)
            {
                await query.LoadAsync(ct);
            }
            else
            {
                query.Load();
            }
        }
    }

    private static InboxLine Line(WorkItem task, CaseColumns c) => InboxLine.Of(task.Id).WithTask(task).WithCase(c.Number, c.Title, c.Kind, c.WorkflowId, c.State);

    private sealed record CaseColumns(Guid Id, string Number, string Title, string Kind, string WorkflowId, string State);

    private static async Task<Dictionary<Guid, CaseColumns>> ReadCasesAsync(ReviewDbContext db, List<Guid> ids, bool async, CancellationToken ct)
    {
        var query = db.ReviewCases.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new CaseColumns(c.Id, c.Number, c.Title, c.Kind, c.WorkflowId, c.State));
        var rows = async ? await query.ToListAsync(ct) : query.ToList();
        return rows.ToDictionary(r => r.Id);
    }
}
