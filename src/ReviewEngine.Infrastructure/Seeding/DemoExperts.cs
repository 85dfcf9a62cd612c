using ReviewEngine.Domain.Experts;

namespace ReviewEngine.Infrastructure.Seeding;

/// <summary>The demo 专家库: the five expert accounts plus ten experts without accounts, across all five organisation types.</summary>
public static class DemoExperts
{
    private static readonly (string Name, string Organisation, OrganisationType Type, string Title, string Fields, string? UserId)[] Rows =
    [
        ("冯专家", "浙江师范大学法政学院", OrganisationType.University, "教授", "合同、行政执法、规划", "expert-1"),
        ("褚专家", "浙江某律师事务所", OrganisationType.LawFirm, "律师", "合同、招商、劳动", "expert-2"),
        ("卫专家", "婺城区自然资源和规划分局", OrganisationType.GovernmentDepartment, "高级工程师", "土地、规划", "expert-3"),
        ("蒋专家", "金华职业技术大学", OrganisationType.University, "副教授", "财税、招商、合同", "expert-4"),
        ("沈专家", "金华市律师协会", OrganisationType.Association, "律师", "合同、行政执法、土地", "expert-5"),
        ("韩立", "浙江工商大学法学院", OrganisationType.University, "教授", "财税、合同", null),
        ("杨帆", "金华某律师事务所", OrganisationType.LawFirm, "律师", "土地、行政执法", null),
        ("朱敏", "婺城区财政局", OrganisationType.GovernmentDepartment, "高级会计师", "财税", null),
        ("秦川", "金华市生态环境局婺城分局", OrganisationType.GovernmentDepartment, "工程师", "生态环境", null),
        ("尤佳", "金华某建设集团有限公司", OrganisationType.Enterprise, "高级经济师", "招商、合同", null),
        ("许诺", "浙江某会计师事务所", OrganisationType.Enterprise, "注册会计师", "财税、招商", null),
        ("何静", "金华市法学会", OrganisationType.Association, "研究员", "劳动、行政执法", null),
        ("吕强", "金华市环境科学学会", OrganisationType.Association, "高级工程师", "生态环境、规划", null),
        ("施然", "浙江某律师事务所金华分所", OrganisationType.LawFirm, "律师", "劳动、合同", null),
        ("张弛", "浙江师范大学经济与管理学院", OrganisationType.University, "副教授", "招商、生态环境", null),
    ];

    public static IReadOnlyList<Expert> Create(DateTime nowUtc) =>
        Rows.Select(r => Expert.Register(new ExpertProfile(r.Name, r.Organisation, r.Type, r.Title, ExpertProfile.SplitList(r.Fields), 10,
            new DateOnly(2025, 1, 1), new DateOnly(2029, 12, 31), ExpertStatus.Active, [], r.UserId), nowUtc)).ToList();
}
