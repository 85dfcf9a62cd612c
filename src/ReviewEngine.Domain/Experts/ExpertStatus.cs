namespace ReviewEngine.Domain.Experts;

/// <summary>在库 experts can be drawn; 暂停 (suspended, e.g. during an integrity review) and 退出 (left the pool) cannot.</summary>
public enum ExpertStatus
{
    Active,
    Suspended,
    Retired,
}
