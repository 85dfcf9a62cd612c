namespace ReviewEngine.Domain.Templates;

/// <summary>The rule ids of the contract checklist (shared/domain.md §7.8). Reviewer notes may only name these,
/// so a typo in a template cannot silently point reviewers at a rule that does not exist.</summary>
public static class ContractChecklistRules
{
    public static IReadOnlySet<string> Ids { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "C-TYPE-01",
        "C-SUBJ-01", "C-SUBJ-02", "C-SUBJ-03", "C-SUBJ-04",
        "C-AUTH-01",
        "C-FIN-01", "C-FIN-02", "C-FIN-03", "C-FIN-04", "C-FIN-05",
        "C-FC-01", "C-FC-02", "C-FC-03",
        "C-PROC-01", "C-PROC-02",
        "C-LIAB-01", "C-LIAB-02", "C-LIAB-03",
        "C-DISP-01", "C-DISP-02", "C-DISP-03", "C-DISP-04",
        "C-COMP-01", "C-COMP-02", "C-COMP-03", "C-COMP-04",
        "C-PAY-01", "C-PAY-02", "C-PAY-03",
        "C-TERM-01",
        "C-BASIS-01",
        "C-FORM-01", "C-FORM-02",
    };
}
