namespace ReviewEngine.Domain.Normative;

/// <summary>
/// 集体审议 / 集体讨论决定: the meeting that decided the document or decision (e.g. 镇党委会, 镇长办公会议), its date and
/// outcome; for a major decision also the materials before the meeting (《重大行政决策程序暂行条例》第二十九条) and, when the
/// meeting came before the reserved review time had passed, the reason given (第二十六条 "一般不少于7个工作日").
/// </summary>
public sealed record DeliberationRecord(DateOnly MeetingOn, string MeetingName, string Outcome)
{
    public string? Materials { get; init; }

    public string? ShortReserveReason { get; init; }
}
