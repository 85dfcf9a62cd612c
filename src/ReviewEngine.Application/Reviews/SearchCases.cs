using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.CaseFiles;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Calendar;

namespace ReviewEngine.Application.Reviews;

/// <param name="Text">Case number (system or printed form) or words of the title.</param>
/// <param name="Submitter">The drafter's login or name, or the drafting unit.</param>
/// <param name="SubmittedFrom">First day (China time) the case may have been received on; <paramref name="SubmittedTo"/> the last.</param>
/// <param name="FullText">Words that must all occur in one of the case's stored documents (Lucene, SmartCn).</param>
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
    int PageSize = 50,
    string? Submitter = null,
    DateOnly? SubmittedFrom = null,
    DateOnly? SubmittedTo = null,
    string? FullText = null);

public sealed record CaseSummary(Guid Id, string Number, string Title, string Kind, string TownshipId, string State, string StateLabel, decimal? Amount, DateOnly? DueOn, bool Overdue, bool Closed,
    string? TownshipName = null, string? Counterparty = null, string? Submitter = null, DateOnly? SubmittedOn = null, CaseTextHit? Match = null);

/// <summary>
/// 案件查询: every filter applied in the database, always inside what the viewer may see (<see cref="CaseVisibility"/>,
/// the rule of the inbox and the case page). Full text asks the document index for case ids first; those ids then
/// pass the same visibility filter, and only the cases shown get their highlighted fragments.
/// </summary>
public sealed class SearchCasesHandler(IReviewDbContext db, IWorkflowCatalog catalog, TimeProvider clock, FindCaseByReferenceHandler references,
    ICaseDocumentIndex? documents = null)
{
    private const int MaxFullTextCases = 1000;
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public async Task<(IReadOnlyList<CaseSummary> Items, int Total)> HandleAsync(CaseSearchQuery q, CancellationToken ct = default)
    {
        InputLimits.CheckSearch(q);
        var today = ChinaTime.Today(clock);
        var cases = await FilterAsync(db.ReviewCases.AsNoTracking().VisibleTo(db, q.Viewer), q, today, ct);
        var total = await cases.CountAsync(ct);
        var page = await cases.OrderByDescending(c => c.CreatedAtUtc).Skip((Math.Max(q.Page, 1) - 1) * q.PageSize).Take(q.PageSize)
            .Select(c => new
            {
                c.Id,
                c.Number,
                c.Title,
                c.Kind,
                c.TownshipId,
                c.State,
                c.Amount,
                c.DueOn,
                c.ClosedAtUtc,
                c.WorkflowId,
                c.Counterparty,
                c.CreatedAtUtc,
                TownshipName = db.Organisations.Where(o => o.Id == c.TownshipId).Select(o => o.Name).FirstOrDefault(),
                Submitter = db.UserAccounts.Where(u => u.Id == c.DrafterId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var matches = Blank(q.FullText) is { } words && documents is not null
            ? documents.Highlights(words, page.Select(c => c.Id).ToList())
            : new Dictionary<Guid, CaseTextHit>();
        var items = page.Select(c => new CaseSummary(c.Id, c.Number, c.Title, c.Kind, c.TownshipId, c.State,
            catalog.Find(c.WorkflowId)?.Definition.StateLabel(c.State) ?? c.State, c.Amount, c.DueOn,
            c.ClosedAtUtc == null && c.DueOn < today, c.ClosedAtUtc != null, c.TownshipName, c.Counterparty, c.Submitter,
            ChinaTime.DateOf(new DateTimeOffset(c.CreatedAtUtc, TimeSpan.Zero)), matches.GetValueOrDefault(c.Id))).ToList();
        return (items, total);
    }

    private async Task<IQueryable<Domain.Reviews.ReviewCase>> FilterAsync(IQueryable<Domain.Reviews.ReviewCase> cases, CaseSearchQuery q, DateOnly today, CancellationToken ct)
    {
        if (Blank(q.Kind) is { } kind)
        {
            cases = cases.Where(c => c.Kind == kind);
        }

        if (Blank(q.Township) is { } township)
        {
            cases = cases.Where(c => c.TownshipId == township);
        }

        if (Blank(q.State) is { } state)
        {
            cases = cases.Where(c => c.State == state);
        }

        if (q.OverdueOnly)
        {
            cases = cases.Where(c => c.ClosedAtUtc == null && c.DueOn != null && c.DueOn < today);
        }

        if (Blank(q.Counterparty) is { } counterparty)
        {
            cases = cases.Where(c => c.Counterparty != null && c.Counterparty.Contains(counterparty));
        }

        cases = q.MinAmount is { } min ? cases.Where(c => c.Amount >= min) : cases;
        cases = q.MaxAmount is { } max ? cases.Where(c => c.Amount <= max) : cases;

        if (Blank(q.Submitter) is { } submitter)
        {
            cases = cases.Where(c => c.DrafterId == submitter || c.DraftingUnit.Contains(submitter)
                || db.UserAccounts.Any(u => u.Id == c.DrafterId && u.DisplayName.Contains(submitter)));
        }

        if (q.SubmittedFrom is { } from)
        {
            var fromUtc = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ChinaOffset;
            cases = cases.Where(c => c.CreatedAtUtc >= fromUtc);
        }

        if (q.SubmittedTo is { } to)
        {
            var toUtc = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ChinaOffset;
            cases = cases.Where(c => c.CreatedAtUtc < toUtc);
        }

        if (Blank(q.Text) is { } text)
        {
            // The printed case number (罗埠审受〔2026〕3号) names one case; anything else is part of a number or title.
            var named = await references.HandleAsync(text, ct) ?? Guid.Empty;
            cases = cases.Where(c => c.Id == named || c.Title.Contains(text) || c.Number.Contains(text));
        }

        if (Blank(q.FullText) is { } words)
        {
            var ids = documents?.MatchingCases(words, MaxFullTextCases) ?? [];
            cases = cases.Where(c => ids.Contains(c.Id));
        }

        return cases;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
