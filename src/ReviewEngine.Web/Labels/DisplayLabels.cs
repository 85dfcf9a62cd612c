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

    /// <summary>A checklist rule as a reader knows it: its title with the id after it (the id alone only when no rule file has it).</summary>
    public static string Rule(string id, string? title) => string.IsNullOrWhiteSpace(title) ? id : $"{title}（{id}）";

    /// <summary>Where a finding stands: an article label as written, or 送审信息 for what the submission form stated (the engine's "meta").</summary>
    public static string Clause(string clause) => clause == ReviewEngine.Domain.PreReview.Text.Clause.MetaLabel ? "送审信息" : clause;

    /// <summary>A contract template field's kind of value, as the template page lists it.</summary>
    public static string FieldType(ReviewEngine.Domain.Templates.FieldType type) => type switch
    {
        Domain.Templates.FieldType.Text => "文本",
        Domain.Templates.FieldType.Party => "当事人",
        Domain.Templates.FieldType.Money => "金额",
        Domain.Templates.FieldType.Date => "日期",
        Domain.Templates.FieldType.Area => "面积",
        Domain.Templates.FieldType.Integer => "整数",
        Domain.Templates.FieldType.Percent => "百分比",
        Domain.Templates.FieldType.Enum => "选项",
        Domain.Templates.FieldType.UnifiedSocialCreditCode => "统一社会信用代码",
        Domain.Templates.FieldType.IdCardNumber => "身份证号码",
        _ => type.ToString(),
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
