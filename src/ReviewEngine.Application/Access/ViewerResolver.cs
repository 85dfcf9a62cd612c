using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Access;

/// <summary>Loads the viewer for a signed-in user id; a disabled account is refused everywhere.</summary>
public sealed class ViewerResolver(IReviewDbContext db)
{
    public async Task<Viewer> ResolveAsync(string userId, CancellationToken ct = default)
    {
        var user = await db.UserAccounts.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct)
            ?? throw new ActionNotAllowedException(["账号不存在"]);
        if (!user.IsActive)
        {
            throw new ActionNotAllowedException(["账号已停用"]);
        }

        var org = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == user.OrganisationId, ct);
        return new Viewer(user.Id, user.DisplayName, org.Id, org.Name, org.Kind, user.Roles);
    }
}
