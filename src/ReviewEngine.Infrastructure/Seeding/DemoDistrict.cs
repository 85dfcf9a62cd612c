using Microsoft.EntityFrameworkCore;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Infrastructure.Seeding;

/// <summary>
/// A demo district with two townships and one user per role, for Development and `review demo` only.
/// The names are real places of 婺城区; the people are invented.
/// </summary>
public static class DemoDistrict
{
    public const string DistrictId = "wucheng";
    public const string LuobuId = "luobu";
    public const string ChengbeiId = "chengbei";

    public static IReadOnlyList<Organisation> CreateOrganisations() =>
    [
        new(DistrictId, "婺城区司法局（区合法性审查中心）", OrganisationKind.District),
        new(LuobuId, "罗埠镇人民政府", OrganisationKind.Township, DistrictId),
        new(ChengbeiId, "城北街道办事处", OrganisationKind.Township, DistrictId),
    ];

    public static IReadOnlyList<UserAccount> CreateUsers() =>
    [
        .. TownshipUsers(LuobuId, "lb", ["王承办", "李登记", "张审查", "陈律师", "刘负责"]),
        .. TownshipUsers(ChengbeiId, "cb", ["周承办", "吴登记", "郑审查", "孙律师", "赵负责"]),
        new("wc-district", "钱督导", DistrictId, [Roles.DistrictReviewer]),
        new("wc-admin", "系统管理员", DistrictId, [Roles.Admin]),
        new("expert-1", "冯专家（浙江师范大学法政学院）", DistrictId, [Roles.Expert]),
        new("expert-2", "褚专家（浙江某律师事务所）", DistrictId, [Roles.Expert]),
        new("expert-3", "卫专家（婺城区自然资源和规划分局）", DistrictId, [Roles.Expert]),
        new("expert-4", "蒋专家（金华职业技术大学）", DistrictId, [Roles.Expert]),
        new("expert-5", "沈专家（金华市律师协会）", DistrictId, [Roles.Expert]),
    ];

    public static async Task SeedAsync(ReviewDbContext db, CancellationToken ct = default)
    {
        if (await db.Organisations.AnyAsync(ct))
        {
            return;
        }

        db.Organisations.AddRange(CreateOrganisations());
        db.UserAccounts.AddRange(CreateUsers());
        db.Experts.AddRange(DemoExperts.Create(DateTime.UtcNow));
        await db.SaveChangesAsync(ct);
    }

    private static IEnumerable<UserAccount> TownshipUsers(string township, string prefix, string[] names) =>
    [
        new($"{prefix}-drafter", names[0], township, [Roles.Drafter]),
        new($"{prefix}-registrar", names[1], township, [Roles.Registrar]),
        Qualified(new($"{prefix}-reviewer", names[2], township, [Roles.Reviewer]), Qualifications.LegalProfession),
        Qualified(new($"{prefix}-lawyer", names[3], township, [Roles.Lawyer]), Qualifications.LegalProfession),
        new($"{prefix}-lead", names[4], township, [Roles.ReviewLead]),
    ];

    // The demo reviewers review major enforcement decisions (法制审核), which requires 法律职业资格; so does a 公职律师.
    private static UserAccount Qualified(UserAccount account, params string[] qualifications)
    {
        account.SetQualifications(qualifications);
        return account;
    }
}
