using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Access;

/// <summary>Loads the viewer for a signed-in user id; a disabled account is refused everywhere.</summary>
public sealed class ViewerResolver(IReviewDbContext db)
{
    public async Task<Viewer> ResolveAsync(string userId, CancellationToken ct = default)
    {
        // One statement: every page and API call starts here.
        var found = await (from u in db.UserAccounts.AsNoTracking()
                           join o in db.Organisations.AsNoTracking() on u.OrganisationId equals o.Id
                           where u.Id == userId
                           select new { User = u, o.Name, o.Kind }).FirstOrDefaultAsync(ct)
            ?? throw new ActionNotAllowedException(["账号不存在"]);
        if (!found.User.IsActive)
        {
            throw new ActionNotAllowedException(["账号已停用"]);
        }

        var user = found.User;
        return new Viewer(user.Id, user.DisplayName, user.OrganisationId, found.Name, found.Kind, user.Roles) { Qualifications = user.Qualifications };
    }
}
