using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Templates;

public sealed record SearchPrecedentsQuery(Viewer Viewer, string Text, int Top = 5, string? Kind = null);

/// <summary>
/// 先例检索: the index answers district-wide, then each hit keeps its case number and title only when the case
/// access rule (<see cref="CaseVisibility"/>) lets the viewer see that case. Experts are outside reviewers invited
/// case by case, so they get no precedents at all: a refusal (403), not an empty list, so the client can say why.
/// </summary>
public sealed class SearchPrecedentsHandler(IReviewDbContext db, IPrecedentIndex index)
{
    public async Task<IReadOnlyList<Precedent>> HandleAsync(SearchPrecedentsQuery q, CancellationToken ct = default)
    {
        if (q.Viewer.Roles.All(r => r == Roles.Expert))
        {
            throw new ActionNotAllowedException(["专家不可查阅先例库"]);
        }

        var hits = index.SearchPrecedents(q.Text, q.Top, q.Kind);
        if (hits.Count == 0)
        {
            return [];
        }

        var numbers = hits.Select(h => h.OpinionId).Distinct().ToList();
        var visible = await db.ReviewCases.AsNoTracking().Where(c => numbers.Contains(c.Number)).VisibleTo(db, q.Viewer)
            .Select(c => new { c.Id, c.Number, c.Title }).ToDictionaryAsync(c => c.Number, ct);
        return hits.Select(h =>
        {
            var seen = visible.GetValueOrDefault(h.OpinionId);
            return new Precedent(h.Year, h.Kind, h.IssueNo, h.Clause, h.Finding, h.LegalBasis, h.Conclusion, h.Score, h.Highlights,
                seen?.Id, seen?.Number, seen?.Title);
        }).ToList();
    }
}
