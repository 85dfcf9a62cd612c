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

    /// <summary>The workflow material a contract text is filed under (both contract workflows).</summary>
    public const string ContractMaterial = "contractText";
}
