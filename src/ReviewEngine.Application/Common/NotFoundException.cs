using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Common;

/// <summary>Not found, or not visible to this user: the two are answered alike so existence does not leak (HTTP 404).</summary>
public sealed class NotFoundException(string what) : DomainException($"未找到{what}");
