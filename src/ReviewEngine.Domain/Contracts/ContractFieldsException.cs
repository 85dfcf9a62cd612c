using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Domain.Contracts;

/// <summary>The submitted fields (or clause omissions) cannot make a contract; carries every error at once.</summary>
public sealed class ContractFieldsException(IReadOnlyList<FieldError> errors)
    : DomainException("合同字段有误：" + string.Join("；", errors.Select(e => $"{e.Field}：{e.Message}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
