namespace ReviewEngine.Domain.Workflows;

public sealed class WorkflowValidationException(IReadOnlyList<WorkflowValidationError> errors)
    : Exception("工作流定义无效：" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<WorkflowValidationError> Errors { get; } = errors;
}
