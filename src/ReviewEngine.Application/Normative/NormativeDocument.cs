using ReviewEngine.Domain.Normative;

namespace ReviewEngine.Application.Normative;

/// <summary>One adopted normative document on the 规范性文件 list.</summary>
public sealed record NormativeDocument(Guid CaseId, string CaseNumber, string Title, string TownshipId, string DrafterId, NormativeLifecycle Lifecycle)
{
    public bool FilingOverdue(DateOnly today) => today > Lifecycle.FilingDueOn;

    public bool Expired(DateOnly today) => today > Lifecycle.ValidUntil;
}
