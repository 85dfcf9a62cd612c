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
    IReadOnlyList<FieldCheck> Checks)
{
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
