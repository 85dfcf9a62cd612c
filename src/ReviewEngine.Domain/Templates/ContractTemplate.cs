namespace ReviewEngine.Domain.Templates;

/// <summary>A validated contract template loaded from templates/&lt;id&gt;/.</summary>
public sealed record ContractTemplate(
    string Id,
    string Title,
    string Category,
    ContractKind Kind,
    string Version,
    DateOnly EffectiveDate,
    string Summary,
    IReadOnlyList<string> Scenarios,
    IReadOnlyList<string> LegalBases,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Tags,
    IReadOnlyList<TemplateField> Fields,
    IReadOnlyList<TemplateClause> Clauses,
    IReadOnlyList<FieldCheck> Checks,
    IReadOnlyList<string>? FormerIds = null)
{
    /// <summary>Ids this template had before it was renamed (land-transfer → land-management-right-transfer); stored
    /// cases, links and scripts that name an old id still find the template.</summary>
    public IReadOnlyList<string> FormerIds { get; init; } = FormerIds ?? [];

    /// <summary>True for the template's id or one of its former ids.</summary>
    public bool IsNamed(string id) => Id == id || FormerIds.Contains(id);

    public TemplateField? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public TemplateClause? FindClause(string id) => Clauses.FirstOrDefault(c => c.Id == id);

    /// <summary>Clause text with each placeholder replaced by its field label, e.g. 〔补偿金额〕; used for search
    /// and previews, where the label reads better than the field name.</summary>
    public string DisplayText(TemplateClause clause) =>
        Placeholder.Replace(clause.Text, name => $"〔{FindField(name)?.Label ?? name}〕");

    /// <summary>Clause text with placeholders shown as blanks (＿＿), as on a blank form. The search index uses
    /// this so field labels neither count as matches nor clutter highlighted fragments.</summary>
    public static string BlankText(TemplateClause clause) => Placeholder.Replace(clause.Text, _ => "＿＿");
}
