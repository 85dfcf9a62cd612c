using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Application.Contracts;

/// <summary>
/// Gives a generated contract the next number of its series (罗埠招〔2026〕第3号). The sequence is derived from the
/// contract numbers already stored in the organisation's case metadata, so no counter table (and no migration) is
/// needed; <see cref="GenerateAndSubmitContractHandler"/> holds one lock from numbering to saving the case, so two
/// submissions in one process never get the same number.
/// </summary>
public sealed class ContractNumberAssigner(IReviewDbContext db, ContractNumberOptions options, TimeProvider clock)
{
    public async Task<string> NextAsync(Actor actor, ContractTemplate template, CancellationToken ct = default)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == actor.OrganisationId, ct);
        var metadata = await db.ReviewCases.AsNoTracking()
            .Where(c => c.TownshipId == actor.OrganisationId)
            .Select(c => c.Metadata)
            .ToListAsync(ct);
        var existing = metadata.Select(m => m.GetValueOrDefault(ContractCaseMetadata.ContractNumber)).OfType<string>();
        return options.Next(
            options.PatternFor(actor.OrganisationId),
            options.ShortName(actor.OrganisationId, organisation?.Name ?? actor.OrganisationId),
            options.TypeName(template.Category),
            clock.GetLocalNow().Year,
            existing);
    }
}
