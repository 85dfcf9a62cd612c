namespace ReviewEngine.Domain.Templates;

/// <summary>Turns fields.json "checks" into <see cref="FieldCheck"/>s, failing on a check that names an unknown field,
/// mixes kinds, or compares fields of the wrong type.</summary>
internal static class FieldCheckValidator
{
    private static readonly FieldType[] Numbers = [FieldType.Money, FieldType.Area, FieldType.Integer, FieldType.Percent];

    public static List<FieldCheck> Validate(string file, IReadOnlyList<FieldCheckSource> sources, IReadOnlyList<TemplateField> fields)
    {
        var checks = new List<FieldCheck>();
        for (var i = 0; i < sources.Count; i++)
        {
            var path = $"$.checks[{i}]";
            var check = Build(file, path, sources[i]);
            RequireField(file, path, fields, check.Field, check.Kind == FieldCheckKind.NotBefore ? [FieldType.Date] : Numbers);
            foreach (var other in check.Others)
            {
                RequireField(file, path, fields, other, [fields.First(f => f.Name == check.Field).Type]);
            }

            if (check.WhenField is not null)
            {
                var when = fields.FirstOrDefault(f => f.Name == check.WhenField);
                if (when is not { Type: FieldType.Enum } || !when.Values!.Contains(check.WhenEquals!))
                {
                    throw new TemplateLoadException(file, $"{path}.when", $"'{check.WhenField}' is not an enum field with the value '{check.WhenEquals}'");
                }
            }

            checks.Add(check);
        }

        return checks;
    }

    private static FieldCheck Build(string file, string path, FieldCheckSource s)
    {
        var kinds = new[] { s.Total is not null, s.AtMost is not null, s.NotBefore is not null }.Count(k => k);
        if (kinds != 1 || (s.Total is not null) != (s.SumOf is { Count: > 0 }) || (s.Total is null) == (s.Field is null))
        {
            throw new TemplateLoadException(file, path, "a check is one of {total, sumOf}, {field, atMost} or {field, notBefore}");
        }

        if (s.When is { } w && (w.Field is null || w.Is is null))
        {
            throw new TemplateLoadException(file, $"{path}.when", "when needs field and is");
        }

        return s.Total is not null
            ? new FieldCheck(FieldCheckKind.Sum, s.Total, s.SumOf!, s.When?.Field, s.When?.Is, s.Help)
            : new FieldCheck(s.AtMost is not null ? FieldCheckKind.AtMost : FieldCheckKind.NotBefore, s.Field!,
                [s.AtMost ?? s.NotBefore!], s.When?.Field, s.When?.Is, s.Help);
    }

    private static void RequireField(string file, string path, IReadOnlyList<TemplateField> fields, string name, FieldType[] types)
    {
        var field = fields.FirstOrDefault(f => f.Name == name);
        if (field is null || !types.Contains(field.Type))
        {
            throw new TemplateLoadException(file, path, $"'{name}' is not a {string.Join("/", types.Select(t => t.ToName()))} field of this template");
        }
    }
}
