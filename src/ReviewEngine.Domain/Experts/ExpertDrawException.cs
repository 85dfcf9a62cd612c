using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Domain.Experts;

/// <summary>
/// Too few eligible experts. <see cref="Constraint"/> names the rule after which the pool ran dry; the message says,
/// in a reviewer's words, how many each rule excluded, which requested fields were short and what to do.
/// </summary>
public sealed class ExpertDrawException(string constraint, int needed, int remaining, string message) : DomainException(message)
{
    public string Constraint { get; } = constraint;
    public int Needed { get; } = needed;
    public int Remaining { get; } = remaining;
}
