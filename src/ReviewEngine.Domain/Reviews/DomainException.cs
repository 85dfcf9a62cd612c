namespace ReviewEngine.Domain.Reviews;

/// <summary>A rule of the domain refused an operation; the message is for the user (Chinese).</summary>
public class DomainException(string message) : Exception(message);

/// <summary>The actor may not take this action at all (role, organisation, assignment): HTTP 403.</summary>
public sealed class ActionNotAllowedException(IReadOnlyList<string> reasons)
    : DomainException("无权执行该操作：" + string.Join("；", reasons))
{
    public IReadOnlyList<string> Reasons { get; } = reasons;
}

/// <summary>The actor may act, but a guard is not met (missing reason, materials, conclusion …): HTTP 422.</summary>
public sealed class ActionRejectedException(string actionLabel, IReadOnlyList<string> unmet)
    : DomainException($"不能执行「{actionLabel}」：" + string.Join("；", unmet))
{
    public IReadOnlyList<string> Unmet { get; } = unmet;
}
