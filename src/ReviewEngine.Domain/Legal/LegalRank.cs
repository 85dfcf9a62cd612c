namespace ReviewEngine.Domain.Legal;

/// <summary>
/// 法律效力位阶 as a 审查意见书 lists its 审查依据 (立法法 chapters, with judicial interpretations after the
/// administrative regulations, as reviewers cite them): lower values come first.
/// </summary>
public enum LegalRank
{
    Law = 1,
    AdministrativeRegulation = 2,
    JudicialInterpretation = 3,
    DepartmentalRule = 4,
    LocalRegulation = 5,
    LocalGovernmentRule = 6,
    NormativeDocument = 7,
}
