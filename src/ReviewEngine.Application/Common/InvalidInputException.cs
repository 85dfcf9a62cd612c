using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Common;

/// <summary>Input that cannot be used, with what was wrong and where (HTTP 400, CLI exit 2).</summary>
public sealed class InvalidInputException(string message) : DomainException(message);
