using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Domain.Experts;

/// <summary>Too few eligible experts; <see cref="Constraint"/> names the rule after which the pool ran dry.</summary>
public sealed class ExpertDrawException(string constraint, int needed, int remaining)
    : DomainException($"可抽取的专家不足：需要 {needed} 名，按「{constraint}」筛选后仅剩 {remaining} 名")
{
    public string Constraint { get; } = constraint;
    public int Needed { get; } = needed;
    public int Remaining { get; } = remaining;
}
