using System.Text.Json.Serialization;

namespace ReviewEngine.Domain.Templates;

// File models (schema version 1) as written in templates/<id>/template.json and fields.json. They are read
// strictly (unknown properties fail) and then validated into the runtime records by TemplateValidator.

internal sealed class TemplateMetadataSource
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public int SchemaVersion { get; set; }

    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Category { get; set; }

    public string? Kind { get; set; }

    public string? Version { get; set; }

    public string? EffectiveDate { get; set; }

    public string? Summary { get; set; }

    public List<string>? Scenarios { get; set; }

    public List<string>? LegalBases { get; set; }

    public List<string>? Aliases { get; set; }

    public List<string>? Tags { get; set; }

    public List<string>? FormerIds { get; set; }
}

internal sealed class FieldsFileSource
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public List<FieldSource>? Fields { get; set; }

    public List<FieldCheckSource>? Checks { get; set; }
}

internal sealed class FieldCheckSource
{
    public string? Total { get; set; }

    public List<string>? SumOf { get; set; }

    public string? Field { get; set; }

    public string? AtMost { get; set; }

    public string? NotBefore { get; set; }

    public FieldConditionSource? When { get; set; }

    public string? Help { get; set; }
}

internal sealed class FieldConditionSource
{
    public string? Field { get; set; }

    public string? Is { get; set; }
}

internal sealed class FieldSource
{
    public string? Name { get; set; }

    public string? Label { get; set; }

    public string? Type { get; set; }

    public bool Required { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    public int? Decimals { get; set; }

    public List<string>? Values { get; set; }

    public int? MaxLength { get; set; }

    public string? After { get; set; }

    public string? Unit { get; set; }

    public string? Help { get; set; }

    public string? Example { get; set; }
}

internal sealed record ClauseSource(
    string Id, string Heading, bool Locked, int Line,
    List<(int Line, string Text)> Paragraphs, List<(int Line, ReviewerNote Note)> Notes);

internal sealed record ClausesFileSource(string? Title, int TitleLine, List<ClauseSource> Clauses);
