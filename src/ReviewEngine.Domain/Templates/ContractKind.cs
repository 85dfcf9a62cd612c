namespace ReviewEngine.Domain.Templates;

/// <summary>Whether a template is an administrative agreement (行政协议) or a civil contract (民事合同).
/// The distinction drives dispute resolution (no arbitration in 行政协议, C-DISP-01) and the review workflow.</summary>
public enum ContractKind
{
    AdministrativeAgreement,
    CivilContract,
}
