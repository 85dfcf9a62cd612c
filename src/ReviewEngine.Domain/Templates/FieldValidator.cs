using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.Templates;

/// <summary>Turns fields.json entries into <see cref="TemplateField"/>s, failing on unknown types, duplicate names
/// and constraints that cannot be satisfied.</summary>
internal static partial class FieldValidator
{
    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex FieldName();

    public static List<TemplateField> Validate(string file, IReadOnlyList<FieldSource> sources)
    {
        var fields = new List<TemplateField>();
        for (var i = 0; i < sources.Count; i++)
        {
            var field = ValidateOne(file, $"$.fields[{i}]", sources[i]);
            if (fields.Any(f => f.Name == field.Name))
            {
                throw new TemplateLoadException(file, $"$.fields[{i}].name", $"duplicate field id '{field.Name}'");
            }

            fields.Add(field);
        }

        CheckDateOrder(file, fields);
        return fields;
    }

    private static TemplateField ValidateOne(string file, string path, FieldSource s)
    {
        if (s.Name is null || !FieldName().IsMatch(s.Name))
        {
            throw new TemplateLoadException(file, $"{path}.name", $"field name must be camelCase ASCII, got '{s.Name}'");
        }

        if (string.IsNullOrWhiteSpace(s.Label))
        {
            throw new TemplateLoadException(file, $"{path}.label", $"field '{s.Name}' needs a Chinese label");
        }

        if (!FieldTypeNames.TryParse(s.Type, out var type))
        {
            throw new TemplateLoadException(file, $"{path}.type",
                $"unknown field type '{s.Type}' (allowed: {string.Join(", ", FieldTypeNames.All)})");
        }

        if (type == FieldType.Enum && (s.Values is null || s.Values.Count == 0 || s.Values.Distinct().Count() != s.Values.Count))
        {
            throw new TemplateLoadException(file, $"{path}.values", $"enum field '{s.Name}' needs distinct values");
        }

        // Amounts are written with capitals (人民币…元整), which have no negative; who pays whom is wording, not a sign.
        if (type == FieldType.Money && s.Min is < 0)
        {
            throw new TemplateLoadException(file, $"{path}.min", $"money field '{s.Name}' cannot be negative; name the paying party instead");
        }

        if (s.Min is { } min && s.Max is { } max && min > max)
        {
            throw new TemplateLoadException(file, $"{path}.min", $"min {min} is greater than max {max}");
        }

        return new TemplateField(s.Name, s.Label, type, s.Required, s.Min, s.Max, s.Decimals, s.Values,
            s.MaxLength, s.After, s.Unit, s.Help, s.Example);
    }

    private static void CheckDateOrder(string file, List<TemplateField> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var after = fields[i].After;
            if (after is not null && fields.FirstOrDefault(f => f.Name == after)?.Type != FieldType.Date)
            {
                throw new TemplateLoadException(file, $"$.fields[{i}].after", $"'{after}' is not a date field of this template");
            }
        }
    }
}
