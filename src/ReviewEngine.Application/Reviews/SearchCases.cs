using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Calendar;

namespace ReviewEngine.Application.Reviews;

public sealed record CaseSearchQuery(
    Viewer Viewer,
    string? Kind = null,
    string? Township = null,
    string? State = null,
    bool OverdueOnly = false,
    string? Counterparty = null,
    decimal? MinAmount = null,
    decimal? MaxAmount = null,
    string? Text = null,
    int Page = 1,
    int PageSize = 50);

public sealed record CaseSummary(Guid Id, string Number, string Title, string Kind, string TownshipId, string State, string StateLabel, decimal? Amount, DateOnly? DueOn, bool Overdue, bool Closed);

/// <summary>案件查询: every filter applied in the database, always inside what the viewer may see.</summary>
public sealed class SearchCasesHandler(IReviewDbContext db, IWorkflowCatalog catalog, TimeProvider clock)
{
    public async Task<(IReadOnlyList<CaseSummary> Items, int Total)> HandleAsync(CaseSearchQuery q, CancellationToken ct = default)
    {
        InputLimits.CheckSearch(q);
        var today = ChinaTime.Today(clock);
        var cases = db.ReviewCases.AsNoTracking().VisibleTo(db, q.Viewer);
        if (!string.IsNullOrWhiteSpace(q.Kind))
        {
            cases = cases.Where(c => c.Kind == q.Kind);
        }

        if (!string.IsNullOrWhiteSpace(q.Township))
        {
            cases = cases.Where(c => c.TownshipId == q.Township);
        }

        if (!string.IsNullOrWhiteSpace(q.State))
        {
            cases = cases.Where(c => c.State == q.State);
        }

        if (q.OverdueOnly)
        {
            cases = cases.Where(c => c.ClosedAtUtc == null && c.DueOn != null && c.DueOn < today);
        }

        if (!string.IsNullOrWhiteSpace(q.Counterparty))
        {
            cases = cases.Where(c => c.Counterparty != null && c.Counterparty.Contains(q.Counterparty));
        }

        if (q.MinAmount is { } min)
        {
            cases = cases.Where(c => c.Amount >= min);
        }

        if (q.MaxAmount is { } max)
        {
            cases = cases.Where(c => c.Amount <= max);
        }

        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            cases = cases.Where(c => c.Title.Contains(q.Text) || c.Number.Contains(q.Text));
        }

        var total = await cases.CountAsync(ct);
        var page = await cases.OrderByDescending(c => c.CreatedAtUtc).Skip((Math.Max(q.Page, 1) - 1) * q.PageSize).Take(q.PageSize)
            .Select(c => new { c.Id, c.Number, c.Title, c.Kind, c.TownshipId, c.State, c.Amount, c.DueOn, c.ClosedAtUtc, c.WorkflowId })
            .ToListAsync(ct);
        var items = page.Select(c => new CaseSummary(c.Id, c.Number, c.Title, c.Kind, c.TownshipId, c.State,
            catalog.Find(c.WorkflowId)?.Definition.StateLabel(c.State) ?? c.State, c.Amount, c.DueOn,
            c.ClosedAtUtc == null && c.DueOn < today, c.ClosedAtUtc != null)).ToList();
        return (items, total);
    }
}
