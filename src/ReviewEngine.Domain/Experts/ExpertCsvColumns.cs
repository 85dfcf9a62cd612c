namespace ReviewEngine.Domain.Experts;

/// <summary>The import columns: English id (the contract) and the Chinese header, either accepted. <c>userId</c> is optional.</summary>
public static class ExpertCsvColumns
{
    public static IReadOnlyList<(string Id, string Chinese, bool Required)> All { get; } =
    [
        ("name", "姓名", true),
        ("organisation", "工作单位", true),
        ("organisationType", "单位类型", true),
        ("title", "职称", true),
        ("fields", "专业领域", true),
        ("yearsInField", "从业年限", true),
        ("termStart", "聘期开始", true),
        ("termEnd", "聘期结束", true),
        ("status", "状态", true),
        ("conflicts", "申报回避", true),
        ("userId", "系统账号", false),
    ];

    public static string? IdOf(string header)
    {
        var h = header.Trim().TrimStart('\uFEFF');
        return All.FirstOrDefault(c => string.Equals(c.Id, h, StringComparison.OrdinalIgnoreCase) || c.Chinese == h).Id;
    }
}
