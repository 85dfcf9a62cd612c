namespace ReviewEngine.Domain.Organisations;

/// <summary>
/// The closed set of role ids that workflow files and user accounts may name.
/// Jinhua rule art 4 makes the township 党政综合办公室 the working body, so roles are configurable per person, not per office.
/// </summary>
public static class Roles
{
    public const string Drafter = "drafter";
    public const string Registrar = "registrar";
    public const string Reviewer = "reviewer";
    public const string Lawyer = "lawyer";
    public const string Expert = "expert";
    public const string ReviewLead = "reviewLead";
    public const string DistrictReviewer = "districtReviewer";
    public const string Admin = "admin";

    /// <summary>The engine itself, for automatic transitions (a group task's completion rule holding).</summary>
    public const string System = "system";

    private static readonly Dictionary<string, string> ChineseLabels = new()
    {
        [Drafter] = "承办单位",
        [Registrar] = "党政综合办公室（登记）",
        [Reviewer] = "审查人员",
        [Lawyer] = "公职律师/法律顾问",
        [Expert] = "专家",
        [ReviewLead] = "审查负责人",
        [DistrictReviewer] = "区合法性审查中心",
        [Admin] = "系统管理员",
    };

    public static IReadOnlyCollection<string> All { get; } = ChineseLabels.Keys.ToArray();

    public static bool IsKnown(string role) => ChineseLabels.ContainsKey(role);

    /// <summary>District roles act across townships; township roles only inside their own township.</summary>
    public static bool IsDistrictRole(string role) => role is DistrictReviewer or Admin;

    public static string Label(string role) => ChineseLabels.TryGetValue(role, out var label) ? label : role;
}
