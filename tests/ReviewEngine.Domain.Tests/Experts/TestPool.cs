using ReviewEngine.Domain.Experts;

namespace ReviewEngine.Domain.Tests.Experts;

/// <summary>A pool with every kind of ineligible expert beside eligible ones of all five organisation types.</summary>
internal static class TestPool
{
    public static readonly DateOnly Today = new(2026, 3, 2);

    public static Expert Make(int n, OrganisationType type, string fields, string? organisation = null, ExpertStatus status = ExpertStatus.Active,
        string term = "2025-01-01/2027-12-31", string conflicts = "", string? userId = null)
    {
        var dates = term.Split('/');
        var profile = new ExpertProfile($"专家{n:00}", organisation ?? $"单位{n:00}", type, "教授", ExpertProfile.SplitList(fields), 10,
            DateOnly.Parse(dates[0]), DateOnly.Parse(dates[1]), status, ExpertProfile.SplitList(conflicts), userId);
        return Expert.Register(profile, DateTime.UnixEpoch, new Guid(n, 0, 0, new byte[8]));
    }

    /// <summary>18 experts: 12 eligible for 土地/合同 (4 of them government), 6 that must never be drawn.</summary>
    public static List<Expert> Mixed() =>
    [
        Make(1, OrganisationType.University, "土地、规划"),
        Make(2, OrganisationType.LawFirm, "合同"),
        Make(3, OrganisationType.GovernmentDepartment, "土地"),
        Make(4, OrganisationType.Enterprise, "合同、招商"),
        Make(5, OrganisationType.Association, "土地"),
        Make(6, OrganisationType.GovernmentDepartment, "合同"),
        Make(7, OrganisationType.University, "合同、财税"),
        Make(8, OrganisationType.LawFirm, "土地"),
        Make(9, OrganisationType.GovernmentDepartment, "土地、合同"),
        Make(10, OrganisationType.Enterprise, "土地"),
        Make(11, OrganisationType.GovernmentDepartment, "合同"),
        Make(12, OrganisationType.Association, "合同"),
        Make(13, OrganisationType.University, "土地", status: ExpertStatus.Suspended),
        Make(14, OrganisationType.LawFirm, "合同", term: "2020-01-01/2025-12-31"),
        Make(15, OrganisationType.LawFirm, "合同", term: "2026-06-01/2028-12-31"),
        Make(16, OrganisationType.Enterprise, "合同", organisation: "金华某投资有限公司"),
        Make(17, OrganisationType.University, "土地", conflicts: "罗埠镇人民政府"),
        Make(18, OrganisationType.LawFirm, "土地", conflicts: "张审查"),
    ];

    public static readonly int[] NeverEligible = [13, 14, 15, 16, 17, 18];

    public static DrawRequest Request(long seed, int size = 3, params string[] fields) => new(
        fields.Length == 0 ? ["土地", "合同"] : fields, size, seed, Today,
        Organisations: [new ExcludedParty("罗埠镇人民政府", "起草单位"), new ExcludedParty("金华某投资有限公司", "相对人")],
        People: [new ExcludedParty("张审查", "审查人员", "lb-reviewer")]);

    public static int Number(Expert e) => int.Parse(e.Name[2..]);
}
