using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Normative;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.Normative;

/// <summary>
/// Adopted normative documents the viewer may see — archived (the state tagged archived in the pinned workflow), or past 集体审议 and on their way through 公布 and 备案 —
/// with filing, validity and clean-up dates from the pinned workflow's ladder. Adoption is the 集体审议 date when
/// recorded; 备案 counts from 公布. A case pinned to a workflow without a publication step (before 公布 was recorded)
/// counts from adoption, as it always did. <paramref name="cleanupWithinDays"/> keeps only those due for 清理 within that many days.
/// Serves the 规范性文件 page and the reminder pass alike, so a row whose dates cannot be computed is logged and left
/// out rather than failing the list (<see cref="BadRow"/>).
/// </summary>
public sealed class GetNormativeDocumentsHandler(IReviewDbContext db, PinnedWorkflows pinned, TimeProvider clock, ILogger<GetNormativeDocumentsHandler> logger)
{
    public async Task<IReadOnlyList<NormativeDocument>> HandleAsync(Viewer? viewer, int? cleanupWithinDays = null, CancellationToken ct = default)
    {
        var query = db.ReviewCases.AsNoTracking().Where(c => c.Kind == MatterKind.NormativeDocument
            && (c.ClosedAtUtc != null || c.Deliberation != null));
        if (viewer is not null)
        {
            query = query.VisibleTo(db, viewer);
        }

        var today = ChinaTime.Today(clock);
        var result = new List<NormativeDocument>();
        foreach (var c in await LoadAsync(query, ct))
        {
            try
            {
                var wf = await pinned.ForCaseAsync(c, ct);
                if (c.ClosedAtUtc is not null && !wf.StateHas(c.State, StateTag.Archived))
                {
                    continue; // withdrawn or out of scope: never adopted
                }

                var adopted = c.Deliberation?.MeetingOn ?? ChinaTime.DateOf(new DateTimeOffset(DateTime.SpecifyKind(c.ClosedAtUtc!.Value, DateTimeKind.Utc)));
                var hasPublicationStep = wf.States.Any(s => s.Actions.Any(a => a.Records == ActionRecord.Publication));
                var published = hasPublicationStep ? c.Publication?.PublishedOn : adopted;
                var lifecycle = NormativeLifecycle.For(adopted, published, c.Filing?.FiledOn, c.Metadata, wf.DeadlineLadder.Normative, today);
                result.Add(new NormativeDocument(c.Id, c.Number, c.Title, c.TownshipId, c.DrafterId, lifecycle, c.Publication, c.Filing));
            }
            catch (Exception ex) when (BadRow.IsRowFault(ex))
            {
                logger.LogError(ex, "Normative document {CaseId} ({CaseNumber}) left out: its dates cannot be computed", c.Id, c.Number);
            }
        }

        return result
            .Where(d => cleanupWithinDays is not { } days || d.Lifecycle.CleanupDueOn <= today.AddDays(days))
            .OrderBy(d => d.Lifecycle.CleanupDueOn).ThenBy(d => d.CaseNumber, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One read as a rule; row by row only when a row cannot be materialised at all (a JSON column it cannot read).</summary>
    private async Task<List<ReviewCase>> LoadAsync(IQueryable<ReviewCase> query, CancellationToken ct)
    {
        try
        {
            return await query.ToListAsync(ct);
        }
        catch (Exception ex) when (BadRow.IsRowFault(ex))
        {
            logger.LogWarning(ex, "Normative documents: a row cannot be read, reading them one by one");
        }

        var cases = new List<ReviewCase>();
        foreach (var id in await query.Select(c => c.Id).ToListAsync(ct))
        {
            try
            {
                cases.Add(await query.FirstAsync(c => c.Id == id, ct));
            }
            catch (Exception ex) when (BadRow.IsRowFault(ex))
            {
                logger.LogError(ex, "Normative document {CaseId} left out: its row cannot be read", id);
            }
        }

        return cases;
    }
}
