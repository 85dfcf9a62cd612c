namespace ReviewEngine.Application.Contracts;

/// <summary>Case metadata keys written when a generated contract is submitted, so the case page can compare the
/// contract with its template and trace it to the field values.</summary>
public static class ContractCaseMetadata
{
    public const string TemplateId = "templateId";
    public const string TemplateVersion = "templateVersion";
    public const string FieldsHash = "fieldsHash";
    public const string ContractNumber = "contractNumber";
    public const string OmittedClauses = "omittedClauses";
    public const string Counterparty = "counterparty";

    /// <summary>The matter's subtype (招商引资, 特许经营 …), the same key the new-case form writes: the workflow's hard stops
    /// (公平竞争审查表, requiredWhen) and pre-review read it.</summary>
    public const string Subtype = "subtype";

    /// <summary>The workflow material a contract text is filed under (both contract workflows).</summary>
    public const string ContractMaterial = "contractText";
}
