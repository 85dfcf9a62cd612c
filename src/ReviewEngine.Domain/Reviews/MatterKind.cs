namespace ReviewEngine.Domain.Reviews;

/// <summary>审查事项类型 (domain.md §7.1). Ids are the contract values used by files, the CLI and the API.</summary>
public static class MatterKind
{
    public const string NormativeDocument = "NORMATIVE_DOC";
    public const string MajorDecision = "MAJOR_DECISION";
    public const string MajorEnforcement = "MAJOR_ENFORCEMENT";
    public const string AdministrativeAgreement = "ADMIN_AGREEMENT";
    public const string AgencyCivilContract = "AGENCY_CIVIL_CONTRACT";

    private static readonly Dictionary<string, string> Labels = new()
    {
        [NormativeDocument] = "行政规范性文件",
        [MajorDecision] = "重大行政决策",
        [MajorEnforcement] = "重大行政执法决定",
        [AdministrativeAgreement] = "行政协议",
        [AgencyCivilContract] = "行政机关合同（民事）",
    };

    public static IReadOnlyCollection<string> All { get; } = Labels.Keys.ToArray();

    public static bool IsKnown(string kind) => Labels.ContainsKey(kind);

    public static string Label(string kind) => Labels.TryGetValue(kind, out var l) ? l : kind;
}
