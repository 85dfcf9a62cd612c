using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Normative;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Normative;

/// <summary>
/// Adopted (archived) normative documents the viewer may see, with filing, validity and clean-up dates from the
/// pinned workflow's ladder. <paramref name="cleanupWithinDays"/> keeps only those due for 清理 within that many days.
/// </summary>
public sealed class GetNormativeDocumentsHandler(IReviewDbContext db, PinnedWorkflows pinned, TimeProvider clock)
{
    public const string AdoptedState = "archived";

    public async Task<IReadOnlyList<NormativeDocument>> HandleAsync(Viewer? viewer, int? cleanupWithinDays = null, CancellationToken ct = default)
    {
        var query = db.ReviewCases.AsNoTracking().Where(c => c.Kind == MatterKind.NormativeDocument && c.State == AdoptedState && c.ClosedAtUtc != null);
        if (viewer is not null)
        {
            query = query.VisibleTo(db, viewer);
        }

        var today = ChinaTime.Today(clock);
        var result = new List<NormativeDocument>();
        foreach (var c in await query.ToListAsync(ct))
        {
            var deadlines = (await pinned.ForCaseAsync(c, ct)).DeadlineLadder.Normative;
            var adopted = ChinaTime.DateOf(new DateTimeOffset(DateTime.SpecifyKind(c.ClosedAtUtc!.Value, DateTimeKind.Utc)));
            result.Add(new NormativeDocument(c.Id, c.Number, c.Title, c.TownshipId, c.DrafterId, NormativeLifecycle.For(adopted, c.Metadata, deadlines, today)));
        }

        return result
            .Where(d => cleanupWithinDays is not { } days || d.Lifecycle.CleanupDueOn <= today.AddDays(days))
            .OrderBy(d => d.Lifecycle.CleanupDueOn).ThenBy(d => d.CaseNumber, StringComparer.Ordinal)
            .ToList();
    }
}
