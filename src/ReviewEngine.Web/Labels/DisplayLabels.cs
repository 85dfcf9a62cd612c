using ReviewEngine.Application.CaseFiles;
using ReviewEngine.Application.Opinions;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;
using ReviewEngine.Web.Cases;

namespace ReviewEngine.Web.Labels;

/// <summary>
/// One place for the Chinese name of every id a page shows a person: roles, matter kinds, states, actions (and the
/// engine's own audit events), material kinds, document purposes and finding severities. Ids stay in URLs and data;
/// an id with no known name is shown as is, so a gap is visible rather than hidden.
/// </summary>
public static class DisplayLabels
{
    public static string Role(string id) => Roles.Label(id);

    public static string Kind(string id) => MatterKind.Label(id);

    public static string State(WorkflowDefinition wf, string id) => wf.StateLabel(id);

    public static string Action(WorkflowDefinition wf, string id) => AuditActionLabels.For(wf, id);

    public static string Material(WorkflowDefinition wf, string? id) =>
        id is null ? "—" : wf.Materials.FirstOrDefault(m => m.Id == id)?.Label ?? id;

    /// <summary>What brought a document: the action's name, the opinion letter, or the 卷宗 section it files under.</summary>
    public static string DocumentPurpose(WorkflowDefinition wf, string purpose) => purpose switch
    {
        OpinionLetterOptions.DocumentPurpose => "审查意见书",
        ReviewCase.SubmitAction => "送审",
        _ => wf.States.SelectMany(s => s.Actions).FirstOrDefault(a => a.Id == purpose)?.Label ?? CaseFileSection.Label(wf, purpose),
    };

    /// <summary>The pre-review severities as the opinion form names them (阻断 / 重大 / 一般 / 建议).</summary>
    public static string Severity(string severity) => severity.ToUpperInvariant() switch
    {
        "BLOCKING" => "阻断",
        "MAJOR" => "重大",
        "MINOR" => "一般",
        "ADVICE" => "建议",
        _ => severity,
    };
}
