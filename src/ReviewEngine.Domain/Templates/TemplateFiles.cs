namespace ReviewEngine.Domain.Templates;

/// <summary>The three source files of one template folder.</summary>
public sealed record TemplateFiles(string Directory)
{
    public const string MetadataFileName = "template.json";
    public const string FieldsFileName = "fields.json";
    public const string ClausesFileName = "clauses.md";

    public string Metadata => Path.Combine(Directory, MetadataFileName);

    public string Fields => Path.Combine(Directory, FieldsFileName);

    public string Clauses => Path.Combine(Directory, ClausesFileName);
}
