using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Organisations;

namespace ReviewEngine.Application.Organisations;

public sealed record TownshipOption(string Id, string Name);

/// <summary>The townships a viewer may filter by: every township for district users, their own for township users.</summary>
public sealed class ListTownshipsHandler(IReviewDbContext db)
{
    public async Task<IReadOnlyList<TownshipOption>> HandleAsync(Viewer viewer, CancellationToken ct = default)
    {
        var townships = db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Township);
        if (!viewer.SeesWholeDistrict)
        {
            townships = townships.Where(o => o.Id == viewer.OrganisationId);
        }

        return await townships.OrderBy(o => o.Id).Select(o => new TownshipOption(o.Id, o.Name)).ToListAsync(ct);
    }
}
