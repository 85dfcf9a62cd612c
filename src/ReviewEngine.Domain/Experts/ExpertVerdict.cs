namespace ReviewEngine.Domain.Experts;

/// <summary>An expert's conclusion: 同意 / 修改后同意 / 不同意.</summary>
public enum ExpertVerdict
{
    Agree,
    AgreeWithChanges,
    Disagree,
}
