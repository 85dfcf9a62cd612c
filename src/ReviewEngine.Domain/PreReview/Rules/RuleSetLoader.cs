using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>
/// Parses and validates rule files. Fails fast with file, JSON path and reason on unknown fields, unknown
/// kinds/severities/types, bad regexes, duplicate ids and references to unknown rules.
/// </summary>
public static class RuleSetLoader
{
    public const int SupportedSchemaVersion = 1;

    // §7.6: these items are pre-set NOT_CURABLE; a file that says otherwise is a data error, not a policy choice.
    private static readonly string[] AlwaysNotCurable = ["N-SUBJ-01", "N-AUTH-01", "C-SUBJ-01", "C-SUBJ-02", "C-PROC-02"];

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <param name="files">File name (for messages) and JSON content of each rule file.</param>
    /// <param name="regexOptions">Extra options, e.g. RegexOptions.Compiled for long-running processes.</param>
    public static RuleSet Load(IEnumerable<(string FileName, string Json)> files, RegexOptions regexOptions = RegexOptions.None)
    {
        var rules = new List<CheckRule>();
        var ruleFiles = new Dictionary<string, string>();
        Regex? agencyParty = null;
        var subtypes = new List<SubtypeCue>();
        var boilerplate = new List<Regex>();
        var considerationWeights = new Dictionary<string, int>();
        var considerationAtLeast = int.MaxValue;
        var supplementDoc = new List<Regex>();
        var supplementBoilerplate = new List<Regex>();
        // The authority table is read first: a detector in any file may name one of its matters.
        var sources = files.Select(f => (f.FileName, Source: Deserialize(f.FileName, f.Json))).ToList();
        // Terms come first: any pattern of any file, the authority table's included, may name one.
        var terms = RuleTerms.Collect(sources.Select(s => (s.FileName, s.Source.Terms)));
        var authority = AuthorityTable.Empty;
        string? authorityFile = null;
        foreach (var (fileName, source) in sources.Where(s => s.Source.Authority is not null))
        {
            if (authorityFile is not null)
            {
                throw new RuleFileException(fileName, "$.authority", $"the authority table is already defined in {authorityFile}");
            }
            authority = new RuleSourceConverter(fileName, regexOptions) { Terms = terms }.Table(source.Authority!, "$.authority");
            authorityFile = fileName;
        }
        foreach (var (fileName, source) in sources)
        {
            var converter = new RuleSourceConverter(fileName, regexOptions) { Authority = authority, Terms = terms };
            if (source.Classification is { } classification)
            {
                agencyParty ??= converter.OptionalRegex(classification.AgencyParty, "$.classification.agencyParty");
                subtypes.AddRange(converter.Subtypes(classification.Subtypes));
            }
            boilerplate.AddRange(converter.Regexes(source.BoilerplateClauses, "$.boilerplateClauses"));
            if (source.Consideration is { } consideration)
            {
                foreach (var (id, weight) in consideration.Rules ?? throw new RuleFileException(fileName, "$.consideration.rules", "missing required field"))
                {
                    considerationWeights[id] = weight > 0 ? weight : throw new RuleFileException(fileName, $"$.consideration.rules.{id}", "weight must be a whole number of at least 1");
                }

                considerationAtLeast = consideration.AtLeast is > 0 and var n
                    ? n
                    : throw new RuleFileException(fileName, "$.consideration.atLeast", "must be a whole number of at least 1");
                supplementDoc.AddRange(converter.Regexes(consideration.SupplementDoc, "$.consideration.supplementDoc"));
                supplementBoilerplate.AddRange(converter.Regexes(consideration.SupplementBoilerplate, "$.consideration.supplementBoilerplate"));
            }
            for (var i = 0; i < source.Rules!.Count; i++)
            {
                var rule = converter.Rule(source.Rules[i], $"$.rules[{i}]");
                if (!ruleFiles.TryAdd(rule.Id, fileName))
                {
                    throw new RuleFileException(fileName, $"$.rules[{i}].id", $"duplicate rule id '{rule.Id}' (also in {ruleFiles[rule.Id]})");
                }
                CheckPresetCurability(fileName, i, rule);
                rules.Add(rule);
            }
        }
        CheckReferences(rules, ruleFiles);
        foreach (var id in considerationWeights.Keys.Where(id => !ruleFiles.ContainsKey(id)))
        {
            throw new RuleFileException(ruleFiles.Values.FirstOrDefault() ?? "rules", $"$.consideration.rules.{id}", $"unknown rule id '{id}'");
        }
        var ruleSet = new RuleSet
        {
            Rules = rules,
            AgencyParty = agencyParty,
            Subtypes = subtypes,
            BoilerplateClauses = boilerplate,
            ConsiderationWeights = considerationWeights,
            ConsiderationAtLeast = considerationAtLeast,
            SupplementDoc = supplementDoc,
            SupplementBoilerplate = supplementBoilerplate,
            Authority = authority,
        };
        return ruleSet with { Literals = new LiteralIndex(ruleSet.TextPatterns()) };
    }

    private static RuleFileSource Deserialize(string fileName, string json)
    {
        RuleFileSource? source;
        try
        {
            source = JsonSerializer.Deserialize<RuleFileSource>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new RuleFileException(fileName, ex.Path ?? "$", FirstLine(ex.Message));
        }
        if (source is null)
        {
            throw new RuleFileException(fileName, "$", "empty document");
        }
        if (source.SchemaVersion != SupportedSchemaVersion)
        {
            throw new RuleFileException(fileName, "$.schemaVersion", $"unsupported schema version {source.SchemaVersion} (expected {SupportedSchemaVersion})");
        }
        if (source.Rules is null)
        {
            throw new RuleFileException(fileName, "$.rules", "missing required field");
        }
        return source;
    }

    private static string FirstLine(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static void CheckPresetCurability(string fileName, int index, CheckRule rule)
    {
        if (AlwaysNotCurable.Contains(rule.Id) && rule.Curability != Curability.NotCurable)
        {
            throw new RuleFileException(fileName, $"$.rules[{index}].curability", $"{rule.Id} must be NOT_CURABLE (domain.md §7.6)");
        }
    }

    private static void CheckReferences(List<CheckRule> rules, Dictionary<string, string> ruleFiles)
    {
        var secondPass = rules.Where(r => r.DependsOnOtherRules).Select(r => r.Id).ToHashSet();
        foreach (var rule in rules)
        {
            for (var d = 0; d < rule.Detectors.Count; d++)
            {
                foreach (var (field, ids) in new[] { ("withRules", rule.Detectors[d].WithRules), ("subsumedBy", rule.Detectors[d].SubsumedBy) })
                {
                    var unknown = ids.FirstOrDefault(id => !ruleFiles.ContainsKey(id));
                    if (unknown is not null)
                    {
                        throw Reference(rule, d, field, $"unknown rule id '{unknown}'");
                    }
                }
                // A subsuming rule must have found its defects before this detector runs: rules that read other rules'
                // findings run in the second pass, in file order, so one of them would subsume only by accident.
                var late = rule.Detectors[d].SubsumedBy.FirstOrDefault(secondPass.Contains);
                if (late is not null)
                {
                    throw Reference(rule, d, "subsumedBy", $"rule '{late}' reads other rules' findings itself and cannot subsume");
                }
            }
        }

        RuleFileException Reference(CheckRule rule, int detector, string field, string reason)
        {
            var index = rules.Where(r => ruleFiles[r.Id] == ruleFiles[rule.Id]).ToList().IndexOf(rule);
            return new RuleFileException(ruleFiles[rule.Id], $"$.rules[{index}].detect[{detector}].{field}", reason);
        }
    }
}
