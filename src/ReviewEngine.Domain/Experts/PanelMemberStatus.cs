namespace ReviewEngine.Domain.Experts;

public enum PanelMemberStatus
{
    /// <summary>已邀请, no answer yet.</summary>
    Invited,

    /// <summary>已提交书面意见.</summary>
    Answered,

    /// <summary>拒绝参加 (a replacement was drawn when the pool allowed).</summary>
    Declined,
}
