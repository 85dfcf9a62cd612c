namespace ReviewEngine.Domain.Experts;

/// <summary>
/// One expert on a consultation panel. Immutable: an answer or a decline replaces the record. <see cref="Signature"/>
/// is the SHA-256 of the opinion as submitted by the expert's own account (重大行政决策程序暂行条例 art 19: signed opinions).
/// </summary>
public sealed record PanelMember(
    Guid? ExpertId,
    string UserId,
    string Name,
    string Organisation,
    string OrganisationType,
    PanelMemberStatus Status = PanelMemberStatus.Invited,
    ExpertVerdict? Verdict = null,
    string? Text = null,
    IReadOnlyList<string>? Points = null,
    string? DeclineReason = null,
    DateTime? AnsweredAtUtc = null,
    string? Signature = null)
{
    public static PanelMember From(Expert e) => new(e.Id, e.UserId ?? "", e.Name, e.Organisation, OrganisationTypes.Label(e.OrganisationType));
}
