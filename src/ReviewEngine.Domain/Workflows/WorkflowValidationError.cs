namespace ReviewEngine.Domain.Workflows;

/// <summary>One problem in one file, located by JSON path.</summary>
public sealed record WorkflowValidationError(string File, string Path, string Message)
{
    public override string ToString() => $"{File}: {Path}: {Message}";
}
