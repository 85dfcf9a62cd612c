using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Organisations;

namespace ReviewEngine.Application.Organisations;

/// <summary>Turns a signed-in user and the role they act in into an <see cref="Actor"/>, refusing roles they do not hold.</summary>
public sealed class ActorResolver(IReviewDbContext db)
{
    public async Task<Actor> ResolveAsync(string userId, string role, CancellationToken ct = default)
    {
        var user = await db.UserAccounts.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct)
            ?? throw new NotFoundException($"用户 {userId}");
        if (!user.IsActive)
        {
            throw new Domain.Reviews.ActionNotAllowedException([$"用户 {user.DisplayName} 已停用"]);
        }

        if (!user.HasRole(role))
        {
            throw new Domain.Reviews.ActionNotAllowedException([$"用户 {user.DisplayName} 没有「{Roles.Label(role)}」角色"]);
        }

        var org = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == user.OrganisationId, ct);
        return user.ActAs(role, org.Kind);
    }
}
