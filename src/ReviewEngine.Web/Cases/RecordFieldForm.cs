using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Web.Cases;

/// <summary>The inputs of an action that writes a record of the life after review (签订, 集体审议, 公布, 备案), by key.</summary>
public static class RecordFieldForm
{
    public sealed record Field(string Key, string Label, bool IsDate, string? Placeholder = null, bool Required = true);

    public static IReadOnlyList<Field> For(ActionRecord records) => records switch
    {
        ActionRecord.Signing => [new("signedOn", "签订日期", true), new("signatories", "签订各方及签字人", false, "甲方：××镇人民政府（签字人）；乙方：……")],
        ActionRecord.Deliberation => [new("meetingOn", "会议日期", true), new("meetingName", "会议名称", false, "镇党委会 / 镇长办公会议"), new("outcome", "审议结果", false, "通过"),
            // 重大行政决策 only (the engine asks for them where the workflow reserves review time): 会议材料, and why the meeting
            // came before the reserved working days had passed.
            new("materials", "会议材料（重大行政决策必填）", false, "决策草案、合法性审查意见书、采纳情况说明", false),
            new("reserveReason", "提前讨论的理由（审查时间不足法定预留时）", false, null, false)],
        ActionRecord.Publication => [new("publishedOn", "公布日期", true), new("documentNumber", "文号", false, "×政发〔2026〕1号"), new("channel", "公布载体", false, "婺城区人民政府网站 / 政府公报")],
        ActionRecord.Filing => [new("filedOn", "备案日期", true), new("filedWith", "备案机关", false, "婺城区人民政府（区司法局）")],
        _ => [],
    };
}
