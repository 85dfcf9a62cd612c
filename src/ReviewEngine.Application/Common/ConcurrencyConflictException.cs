using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Common;

/// <summary>Two people acted on the same case at once; this one lost and nothing of it was saved (HTTP 409).</summary>
public sealed class ConcurrencyConflictException(string caseNumber)
    : DomainException($"案件 {caseNumber} 已被他人同时处理，您的操作未保存。请刷新后重试。")
{
    public string CaseNumber { get; } = caseNumber;
}
