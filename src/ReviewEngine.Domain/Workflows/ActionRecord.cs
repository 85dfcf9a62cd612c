namespace ReviewEngine.Domain.Workflows;

/// <summary>What an action writes onto the case besides moving it: the drafted opinion, its approval, or the adoption feedback.</summary>
public enum ActionRecord
{
    None,
    Opinion,
    OpinionApproval,
    Adoption,
}
