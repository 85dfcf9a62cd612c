namespace ReviewEngine.Domain.Templates;

/// <summary>One fillable field of a template. Constraints are optional and only meaningful for some types:
/// Min/Max for money, area, integer and percent; Decimals for money and area; Values for enum;
/// MaxLength for text; After names a date field this date must follow (start before end).</summary>
public sealed record TemplateField(
    string Name,
    string Label,
    FieldType Type,
    bool Required,
    decimal? Min = null,
    decimal? Max = null,
    int? Decimals = null,
    IReadOnlyList<string>? Values = null,
    int? MaxLength = null,
    string? After = null,
    string? Unit = null,
    string? Help = null,
    string? Example = null);
