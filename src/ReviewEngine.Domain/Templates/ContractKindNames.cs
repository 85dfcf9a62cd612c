namespace ReviewEngine.Domain.Templates;

/// <summary>The Chinese labels used in template files, the index and the CLI (`--kind 行政协议|民事合同`).</summary>
public static class ContractKindNames
{
    public const string Administrative = "行政协议";
    public const string Civil = "民事合同";

    public static IReadOnlyList<string> All { get; } = [Administrative, Civil];

    public static string ToLabel(this ContractKind kind) =>
        kind == ContractKind.AdministrativeAgreement ? Administrative : Civil;

    public static bool TryParse(string? label, out ContractKind kind)
    {
        kind = label == Administrative ? ContractKind.AdministrativeAgreement : ContractKind.CivilContract;
        return label is Administrative or Civil;
    }
}
