using ReviewEngine.Domain.Normative;

namespace ReviewEngine.Application.Normative;

/// <summary>One adopted normative document on the 规范性文件 list, with its 公布 and 备案 records when made.</summary>
public sealed record NormativeDocument(Guid CaseId, string CaseNumber, string Title, string TownshipId, string DrafterId, NormativeLifecycle Lifecycle,
    PublicationRecord? Publication = null, FilingRecord? Filing = null)
{
    /// <summary>暂行/试行 documents: the two-year clean-up decides whether they become permanent, change or lapse.</summary>
    public bool Provisional => Title.Contains("暂行", StringComparison.Ordinal) || Title.Contains("试行", StringComparison.Ordinal);

    public bool FilingOverdue(DateOnly today) => Lifecycle.FilingOverdue(today);

    public bool Expired(DateOnly today) => today > Lifecycle.ValidUntil;
}
