namespace ReviewEngine.Domain.Normative;

/// <summary>集体审议: the meeting that decided the document (e.g. 镇党委会, 镇长办公会议), its date and outcome.</summary>
public sealed record DeliberationRecord(DateOnly MeetingOn, string MeetingName, string Outcome);
