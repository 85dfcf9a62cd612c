using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Web.Pages.Cases;

/// <summary>
/// The 送审材料 of one matter kind as the new-case form lists them: the kind's workflow materials with the labels the
/// registrar's missing-materials list uses, which of them this case must carry (a conditional one once its condition
/// holds), and the message naming a missing one (shown by the server and, from <c>data-missing</c>, by the script).
/// </summary>
public sealed record NewCaseMaterials(string Kind, WorkflowDefinition Workflow, IReadOnlyDictionary<string, string> Metadata, IReadOnlyDictionary<string, string> Errors)
{
    /// <summary>The main text (送审稿, 合同文本 …): pasted text stands in for its file.</summary>
    public MaterialRequirement? Main => Workflow.Materials.FirstOrDefault();

    public bool RequiredNow(MaterialRequirement m) => m.RequiredFor(Metadata);

    public string? ErrorFor(MaterialRequirement m) => Errors.GetValueOrDefault(FieldName(m));

    public static string FieldName(MaterialRequirement m) => "file-" + m.Id;

    /// <summary>"(condition) 必备（basis）" for a material required only for some cases.</summary>
    public static string ConditionText(CaseCondition when) => $"{when.Describe()}必备（{when.Basis}）";

    public static string MissingMessage(MaterialRequirement m) => m.Required || m.RequiredWhen is null
        ? $"缺少必备材料「{m.Label}」，请上传后再提交"
        : $"缺少材料「{m.Label}」：{ConditionText(m.RequiredWhen)}，请上传后再提交";
}
