namespace ReviewEngine.Domain.Contracts;

/// <summary>One party block (甲方/乙方/丙方) as printed above the clauses and in the signature table. An organisation
/// shows 名称、统一社会信用代码、法定代表人（负责人）、住所 and seals; a natural person shows 姓名、公民身份号码、住址、联系电话
/// and signs.</summary>
public sealed record ContractParty(
    string Role,
    string Label,
    string Name,
    bool IsPerson,
    string? CreditCode,
    string? IdNumber,
    string? Representative,
    string? Address,
    string? Phone);
