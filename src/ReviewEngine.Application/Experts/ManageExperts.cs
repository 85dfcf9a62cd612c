using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Experts;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Experts;

/// <summary>
/// 专家库管理 by the district administrator: list, add, edit (status, term, conflicts, account) and CSV import.
/// Township staff and experts are refused. A bad form is refused whole with every problem named.
/// </summary>
public sealed class ManageExpertsHandler(IReviewDbContext db, ImportExpertsHandler import, TimeProvider clock)
{
    public async Task<IReadOnlyList<Expert>> ListAsync(Viewer viewer, CancellationToken ct = default)
    {
        RequireDistrictAdmin(viewer);
        var experts = await db.Experts.AsNoTracking().ToListAsync(ct);
        return experts.OrderBy(e => e.Status).ThenBy(e => e.Organisation, StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<Expert> GetAsync(Viewer viewer, Guid id, CancellationToken ct = default)
    {
        RequireDistrictAdmin(viewer);
        return await db.Experts.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException("该专家");
    }

    /// <summary>Adds an expert (<paramref name="id"/> null) or updates one.</summary>
    public async Task<Expert> SaveAsync(Viewer viewer, Guid? id, ExpertProfile profile, CancellationToken ct = default)
    {
        RequireDistrictAdmin(viewer);
        profile = profile.Normalised();
        var problems = profile.Validate().Select(p => p.Reason).ToList();
        problems.AddRange(await ConflictsAsync(id, profile, ct));
        if (problems.Count > 0)
        {
            throw new InvalidInputException(string.Join("；", problems));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Expert expert;
        if (id is { } existing)
        {
            expert = await db.Experts.FirstOrDefaultAsync(e => e.Id == existing, ct) ?? throw new NotFoundException("该专家");
            expert.Update(profile, now);
        }
        else
        {
            expert = Expert.Register(profile, now);
            db.Experts.Add(expert);
        }

        await db.SaveChangesAsync(ct);
        return expert;
    }

    public Task<ImportExpertsResult> ImportAsync(Viewer viewer, byte[] csv, CancellationToken ct = default)
    {
        RequireDistrictAdmin(viewer);
        return import.HandleAsync(csv, ct);
    }

    /// <summary>Accounts that may be linked: active expert accounts.</summary>
    public async Task<IReadOnlyList<UserAccount>> ExpertAccountsAsync(Viewer viewer, CancellationToken ct = default)
    {
        RequireDistrictAdmin(viewer);
        var users = await db.UserAccounts.AsNoTracking().Where(u => u.IsActive).ToListAsync(ct);
        return users.Where(u => u.HasRole(Roles.Expert)).OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
    }

    public static void RequireDistrictAdmin(Viewer viewer)
    {
        if (!viewer.HasRole(Roles.Admin) || viewer.OrganisationKind != OrganisationKind.District)
        {
            throw new ActionNotAllowedException(["仅区级系统管理员可以管理专家库"]);
        }
    }

    private async Task<List<string>> ConflictsAsync(Guid? id, ExpertProfile profile, CancellationToken ct)
    {
        var problems = new List<string>();
        if (await db.Experts.AnyAsync(e => e.Id != id && e.Name == profile.Name && e.Organisation == profile.Organisation, ct))
        {
            problems.Add($"专家库中已有{profile.Organisation}的{profile.Name}");
        }

        if (profile.UserId is { } userId)
        {
            var user = await db.UserAccounts.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
            if (user is null || !user.HasRole(Roles.Expert))
            {
                problems.Add($"系统账号「{userId}」不存在或不是专家账号");
            }
            else if (await db.Experts.AnyAsync(e => e.Id != id && e.UserId == userId, ct))
            {
                problems.Add($"系统账号「{userId}」已关联其他专家");
            }
        }

        return problems;
    }
}
