using System.Text.Json;

namespace ReviewEngine.Domain.Templates;

/// <summary>Loads templates/&lt;id&gt;/ folders (template.json, fields.json, clauses.md) and validates them.
/// Every failure is a <see cref="TemplateLoadException"/> naming file, location and reason.</summary>
public static class TemplateLoader
{
    private static readonly JsonSerializerOptions JsonValue = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Loads every sub-folder that has a template.json. Other folders (e.g. schema/) are skipped.</summary>
    public static TemplateLibrary LoadLibrary(string templatesDirectory)
    {
        if (!Directory.Exists(templatesDirectory))
        {
            throw new DirectoryNotFoundException($"template directory not found: {templatesDirectory}");
        }

        var templates = new List<ContractTemplate>();
        var folders = Directory.GetDirectories(templatesDirectory)
            .Where(d => File.Exists(Path.Combine(d, TemplateFiles.MetadataFileName)))
            .Order(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var files = new TemplateFiles(folder);
            var template = Load(files);
            var twin = templates.FirstOrDefault(t => t.IsNamed(template.Id) || template.FormerIds.Any(t.IsNamed));
            if (twin is not null)
            {
                throw new TemplateLoadException(files.Metadata, "$.id", $"duplicate template id '{template.Id}' (or one of its former ids; also in folder '{twin.Id}')");
            }

            if (Path.GetFileName(folder) != template.Id)
            {
                throw new TemplateLoadException(files.Metadata, "$.id", $"template id '{template.Id}' must equal its folder name '{Path.GetFileName(folder)}'");
            }

            templates.Add(template);
        }

        return new TemplateLibrary(Path.GetFullPath(templatesDirectory), templates, TemplateSourceHash.Compute(templatesDirectory));
    }

    public static ContractTemplate Load(TemplateFiles files)
    {
        var meta = ReadJson<TemplateMetadataSource>(files.Metadata);
        var fields = ReadJson<FieldsFileSource>(files.Fields);
        var clauses = ClauseMarkdownParser.Parse(files.Clauses, ReadText(files.Clauses));
        return TemplateValidator.Build(files, meta, fields, clauses);
    }

    private static T ReadJson<T>(string file)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(ReadText(file), JsonValue)
                ?? throw new TemplateLoadException(file, "$", "empty document");
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } n ? $" (line {n + 1})" : "";
            throw new TemplateLoadException(file, (ex.Path ?? "$") + line, FirstSentence(ex.Message));
        }
    }

    private static string ReadText(string file) =>
        File.Exists(file) ? File.ReadAllText(file) : throw new TemplateLoadException(file, "$", "file missing");

    // System.Text.Json appends "Path: … | LineNumber: …" which the exception already reports in Location.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
