namespace ReviewEngine.Domain.Contracts;

/// <summary>One party block (甲方/乙方/丙方) as printed above the clauses and in the signature table.</summary>
public sealed record ContractParty(
    string Role,
    string Label,
    string Name,
    string? CreditCode,
    string? IdNumber,
    string? Representative,
    string? Address)
{
    /// <summary>A natural person signs; an organisation seals.</summary>
    public bool IsPerson => CreditCode is null && IdNumber is not null;
}
