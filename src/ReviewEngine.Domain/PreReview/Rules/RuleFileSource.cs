using System.Text.Json.Serialization;

namespace ReviewEngine.Domain.PreReview.Rules;

// File model (schemaVersion 1) of workflows/checklists/*.json. Kept as plain strings so the loader can report
// the JSON path of a bad value; RuleSetLoader turns it into the runtime model.
internal sealed class RuleFileSource
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public int SchemaVersion { get; set; }
    public string? Id { get; set; }
    public string? Title { get; set; }
    public ClassificationSource? Classification { get; set; }
    public List<string>? BoilerplateClauses { get; set; }
    public ConsiderationSource? Consideration { get; set; }
    public AuthoritySource? Authority { get; set; }

    /// <summary>Named alternations that patterns of every file write as {{name}} (terms.json).</summary>
    public Dictionary<string, string>? Terms { get; set; }

    public List<RuleSource>? Rules { get; set; }
}

internal sealed class AuthoritySource
{
    public string? Township { get; set; }
    public string? AdHoc { get; set; }
    public EvidenceSource? Entrustment { get; set; }
    public EvidenceSource? Approval { get; set; }
    public List<MatterSource>? Matters { get; set; }
}

internal sealed class EvidenceSource
{
    public List<string>? Text { get; set; }
    public List<string>? Attachments { get; set; }
    public List<string>? Missing { get; set; }
    public bool? DocumentRequired { get; set; }
}

internal sealed class MatterSource
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public List<BasisSource>? Basis { get; set; }
    public List<string>? Acts { get; set; }
    public List<string>? Unless { get; set; }
    public List<string>? Competent { get; set; }
    public string? CompetentText { get; set; }
    public string? Township { get; set; }
    public List<string>? DevolvedFields { get; set; }
    public string? Note { get; set; }
}

internal sealed class RewriteSource
{
    public string? Example { get; set; }
    public string? Replacement { get; set; }
    public string? Document { get; set; }
    public string? Kind { get; set; }
    public Dictionary<string, string>? Meta { get; set; }
    public List<string>? Attachments { get; set; }
}

internal sealed class ConsiderationSource
{
    public Dictionary<string, int>? Rules { get; set; }
    public int? AtLeast { get; set; }
    public List<string>? SupplementDoc { get; set; }
    public List<string>? SupplementBoilerplate { get; set; }
}

internal sealed class ClassificationSource
{
    public string? AgencyParty { get; set; }
    public List<SubtypeSource>? Subtypes { get; set; }
}

internal sealed class SubtypeSource
{
    public string? Name { get; set; }
    public string? Nature { get; set; }
    public List<string>? Cues { get; set; }
    public List<List<string>>? Content { get; set; }
}

internal sealed class RuleSource
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Tag { get; set; }
    public List<string>? Kinds { get; set; }
    public string? Nature { get; set; }
    public List<string>? Subtypes { get; set; }
    public List<string>? ExcludeSubtypes { get; set; }
    public string? Severity { get; set; }
    public string? Curability { get; set; }
    public List<BasisSource>? Basis { get; set; }
    public string? Explanation { get; set; }
    public string? Suggestion { get; set; }
    public RewriteSource? Rewrite { get; set; }

    /// <summary>Look-alikes shared by every pattern detector of the rule, read on each detector's own unit.</summary>
    public List<string>? Unless { get; set; }

    /// <summary>Look-alikes shared by every pattern detector of the rule, read on the enclosing clause.</summary>
    public List<string>? UnlessClause { get; set; }

    public List<DetectorSource>? Detect { get; set; }
}

internal sealed class BasisSource
{
    public string? Law { get; set; }
    public string? Article { get; set; }
}

internal sealed class DetectorSource
{
    public string? Type { get; set; }
    public string? In { get; set; }
    public List<string>? Any { get; set; }
    public List<string>? All { get; set; }
    public List<string>? Unless { get; set; }
    public List<string>? UnlessClause { get; set; }
    public bool? UnlessIssuer { get; set; }

    public bool? UnlessStatute { get; set; }
    public List<string>? RequireDoc { get; set; }
    public List<string>? ForbidDoc { get; set; }
    public List<string>? ForbidAttachment { get; set; }
    public List<string>? RequireFact { get; set; }
    public List<string>? ForbidFact { get; set; }
    public List<string>? Subtypes { get; set; }
    public List<string>? Kinds { get; set; }
    public string? LeadAgency { get; set; }
    public string? Nature { get; set; }
    public List<string>? WithRules { get; set; }
    public List<string>? SubsumedBy { get; set; }
    public List<GroupSource>? Groups { get; set; }
    public string? Number { get; set; }
    public decimal? Max { get; set; }
    public decimal? Min { get; set; }
    public string? MinFromFact { get; set; }
    public string? FromFact { get; set; }
    public string? ToFact { get; set; }
    public string? Field { get; set; }
    public string? Condition { get; set; }
    public decimal? Value { get; set; }
    public string? Check { get; set; }
    public List<LawSource>? Laws { get; set; }
    public string? Term { get; set; }
    public List<string>? AllowedPrefixes { get; set; }
    public string? Polarity { get; set; }
    public List<string>? Actor { get; set; }
    public List<string>? Modality { get; set; }
    public string? StatuteReference { get; set; }
    public string? CarveOut { get; set; }
    public string? InCondition { get; set; }

    [JsonConverter(typeof(OneOrManyConverter))]
    public List<string>? Authority { get; set; }
    public string? Severity { get; set; }
    public string? Curability { get; set; }
    public string? Note { get; set; }
}

internal sealed class GroupSource
{
    public string? Name { get; set; }
    public List<string>? Any { get; set; }
    public List<string>? All { get; set; }
    public List<string>? OnlyIf { get; set; }
}

internal sealed class LawSource
{
    public string? Name { get; set; }
    public string? RepealedOn { get; set; }
    public string? ReplacedBy { get; set; }
    public BasisSource? Basis { get; set; }
}
