namespace ReviewEngine.Domain.Workflows;

/// <summary>
/// What an action writes onto the case besides moving it: the drafted opinion, its approval, the adoption feedback, or
/// one of the records of the life after review — 签订 (the signed contract, checked against the reviewed text),
/// 集体审议, 公布 and 备案 (normative documents). Code recognises these steps by this declared value, never by state id.
/// </summary>
public enum ActionRecord
{
    None,
    Opinion,
    OpinionApproval,
    Adoption,
    Signing,
    Deliberation,
    Publication,
    Filing,
}
