using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.Templates;

/// <summary>Checks one template's three source files against each other and builds the runtime record.</summary>
internal static partial class TemplateValidator
{
    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex KebabId();

    public static ContractTemplate Build(TemplateFiles files, TemplateMetadataSource meta,
        FieldsFileSource fieldsFile, ClausesFileSource clausesFile)
    {
        var (id, kind, effective) = ValidateMetadata(files.Metadata, meta);
        var fields = FieldValidator.Validate(files.Fields, fieldsFile.Fields ?? []);
        var checks = FieldCheckValidator.Validate(files.Fields, fieldsFile.Checks ?? [], fields);
        var clauses = ValidateClauses(files.Clauses, clausesFile, fields, meta.Title!);
        return new ContractTemplate(id, meta.Title!, meta.Category!, kind, meta.Version!, effective,
            meta.Summary ?? "", meta.Scenarios ?? [], meta.LegalBases ?? [], meta.Aliases ?? [], meta.Tags ?? [],
            fields, clauses, checks, FormerIds(files.Metadata, meta));
    }

    private static List<string> FormerIds(string file, TemplateMetadataSource m)
    {
        var ids = m.FormerIds ?? [];
        foreach (var (former, i) in ids.Select((f, i) => (f, i)))
        {
            if (!KebabId().IsMatch(former) || former == m.Id || ids.IndexOf(former) != i)
            {
                throw new TemplateLoadException(file, $"$.formerIds[{i}]", $"former id must be kebab-case, distinct and not the id itself, got '{former}'");
            }
        }

        return ids;
    }

    private static (string Id, ContractKind Kind, DateOnly Effective) ValidateMetadata(string file, TemplateMetadataSource m)
    {
        if (m.SchemaVersion != 1)
        {
            throw new TemplateLoadException(file, "$.schemaVersion", $"unsupported schemaVersion {m.SchemaVersion} (expected 1)");
        }

        if (m.Id is null || !KebabId().IsMatch(m.Id))
        {
            throw new TemplateLoadException(file, "$.id", $"template id must be kebab-case, got '{m.Id}'");
        }

        Require(file, "$.title", m.Title);
        Require(file, "$.category", m.Category);
        Require(file, "$.version", m.Version);
        if (!ContractKindNames.TryParse(m.Kind, out var kind))
        {
            throw new TemplateLoadException(file, "$.kind", $"kind must be {ContractKindNames.Administrative} or {ContractKindNames.Civil}, got '{m.Kind}'");
        }

        if (!DateOnly.TryParseExact(m.EffectiveDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var effective))
        {
            throw new TemplateLoadException(file, "$.effectiveDate", $"effectiveDate must be yyyy-MM-dd, got '{m.EffectiveDate}'");
        }

        return (m.Id, kind, effective);
    }

    private static List<TemplateClause> ValidateClauses(string file, ClausesFileSource source,
        List<TemplateField> fields, string title)
    {
        if (source.Title != title)
        {
            throw new TemplateLoadException(file, $"line {source.TitleLine}", $"'# {source.Title}' must equal the title in template.json ('{title}')");
        }

        if (source.Clauses.Count == 0)
        {
            throw new TemplateLoadException(file, "line 1", "no clauses");
        }

        var clauses = new List<TemplateClause>();
        foreach (var c in source.Clauses)
        {
            if (!KebabId().IsMatch(c.Id))
            {
                throw new TemplateLoadException(file, $"line {c.Line}", $"clause id must be kebab-case, got '{c.Id}'");
            }

            if (clauses.Any(x => x.Id == c.Id))
            {
                throw new TemplateLoadException(file, $"line {c.Line}", $"duplicate clause id '{c.Id}'");
            }

            CheckParagraphs(file, c, fields);
            var partyBlock = c.Id == TemplateClause.PartyBlockId;
            if (partyBlock && (clauses.Count > 0 || !c.Locked))
            {
                throw new TemplateLoadException(file, $"line {c.Line}", $"clause '{c.Id}' is the party block: it must come first and be [locked]");
            }

            clauses.Add(new TemplateClause(c.Id, partyBlock ? 0 : clauses.Count(x => !x.IsPartyBlock) + 1, c.Heading, c.Locked,
                c.Paragraphs.Select(p => p.Text).ToList(), c.Notes.Select(n => n.Note).ToList()));
        }

        return clauses;
    }

    private static void CheckParagraphs(string file, ClauseSource clause, List<TemplateField> fields)
    {
        if (clause.Paragraphs.Count == 0)
        {
            throw new TemplateLoadException(file, $"line {clause.Line}", $"clause '{clause.Id}' has no text");
        }

        foreach (var (line, text) in clause.Paragraphs)
        {
            if (Placeholder.HasMalformed(text))
            {
                throw new TemplateLoadException(file, $"line {line}", "malformed placeholder: use {{fieldName}} with an ASCII camelCase name");
            }

            var missing = Placeholder.Names(text).FirstOrDefault(n => fields.All(f => f.Name != n));
            if (missing is not null)
            {
                throw new TemplateLoadException(file, $"line {line}", $"placeholder {{{{{missing}}}}} in clause '{clause.Id}' has no field in fields.json");
            }
        }
    }

    private static void Require(string file, string path, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new TemplateLoadException(file, path, "required");
        }
    }
}
