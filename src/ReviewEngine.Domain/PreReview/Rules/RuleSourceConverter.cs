using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>Turns the file model into the runtime model, validating every value with its JSON path.</summary>
internal sealed class RuleSourceConverter(string fileName, RegexOptions regexOptions)
{
    /// <summary>The authority table of all rule files, for detectors that name a matter.</summary>
    public AuthorityTable Authority { get; init; } = AuthorityTable.Empty;

    /// <summary>The named terms of all rule files; a pattern writes one as {{name}}.</summary>
    public IReadOnlyDictionary<string, string> Terms { get; init; } = new Dictionary<string, string>();

    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    public CheckRule Rule(RuleSource source, string path)
    {
        var id = Required(source.Id, $"{path}.id");
        if (!Regex.IsMatch(id, "^[NCE]-[A-Z]+-[0-9]{2}$"))
        {
            throw Error($"{path}.id", $"rule id '{id}' does not look like N-XXX-00, C-XXX-00 or E-XXX-00");
        }
        if (source.Detect is null || source.Detect.Count == 0)
        {
            throw Error($"{path}.detect", "a rule needs at least one detector");
        }
        if (source.Basis is null || source.Basis.Count == 0)
        {
            throw Error($"{path}.basis", "a rule needs at least one legal basis");
        }
        return new CheckRule
        {
            Id = id,
            Title = Required(source.Title, $"{path}.title"),
            Kinds = Kinds(source.Kinds, $"{path}.kinds"),
            Nature = source.Nature is null ? ContractNature.None : Nature(source.Nature, $"{path}.nature"),
            Subtypes = source.Subtypes ?? [],
            ExcludeSubtypes = source.ExcludeSubtypes ?? [],
            Severity = Severity(Required(source.Severity, $"{path}.severity"), $"{path}.severity"),
            Curability = CurabilityOf(Required(source.Curability, $"{path}.curability"), $"{path}.curability"),
            Basis = source.Basis.Select((b, i) => new LegalBasis(
                Required(b.Law, $"{path}.basis[{i}].law"), Required(b.Article, $"{path}.basis[{i}].article"))).ToList(),
            Explanation = Required(source.Explanation, $"{path}.explanation"),
            Suggestion = Required(source.Suggestion, $"{path}.suggestion"),
            Detectors = Detectors(source, path),
            Rewrite = source.Rewrite is null ? null : Rewrite(source.Rewrite, $"{path}.rewrite"),
        };
    }

    /// <summary>
    /// The rule's detectors, each pattern detector also carrying the rule-level <c>unless</c>/<c>unlessClause</c>: a
    /// look-alike that excludes the whole rule (a utility franchise is not an exclusivity promise) is written once.
    /// </summary>
    private List<Detector> Detectors(RuleSource source, string path)
    {
        var shared = new RuleExceptions(Regexes(source.Unless, $"{path}.unless"), Regexes(source.UnlessClause, $"{path}.unlessClause"));
        var converter = new DetectorSourceConverter(this);
        var detectors = source.Detect!.SelectMany((d, i) => converter.Convert(d, $"{path}.detect[{i}]", shared)).ToList();
        if (!shared.IsEmpty && detectors.All(d => d.Type != DetectorType.Pattern))
        {
            throw Error(source.Unless is { Count: > 0 } ? $"{path}.unless" : $"{path}.unlessClause",
                "a rule-level exception applies to pattern detectors, and this rule has none");
        }
        return detectors;
    }

    private RuleRewrite Rewrite(RewriteSource source, string path)
    {
        var document = source.Document;
        if (document is not null && !document.Contains("{clause}", StringComparison.Ordinal))
        {
            throw Error($"{path}.document", "a rewrite document needs the placeholder {clause}");
        }
        PreReviewKind? kind = null;
        if (source.Kind is not null)
        {
            kind = PreReviewKinds.TryParse(source.Kind, out var k) ? k : throw Error($"{path}.kind", $"unknown kind '{source.Kind}'");
        }
        var meta = new PreReviewMeta();
        foreach (var (key, value) in source.Meta ?? [])
        {
            meta = key switch
            {
                "issuer" => meta with { Issuer = value },
                "subtype" => meta with { Subtype = value },
                "counterparty" => meta with { Counterparty = value },
                "draftedOn" => meta with { DraftedOn = Date(value, $"{path}.meta.draftedOn") },
                "effectiveOn" => meta with { EffectiveOn = Date(value, $"{path}.meta.effectiveOn") },
                "publicCommentDays" => meta with { PublicCommentDays = int.Parse(value, CultureInfo.InvariantCulture) },
                "fairCompetitionReview" => meta with { FairCompetitionReview = value == "true" },
                _ => throw Error($"{path}.meta.{key}", "unknown meta key (issuer, subtype, counterparty, draftedOn, effectiveOn, publicCommentDays, fairCompetitionReview)"),
            };
        }
        if (source.Attachments is not null)
        {
            meta = meta with { Attachments = source.Attachments };
        }
        return new RuleRewrite(Required(source.Example, $"{path}.example"), Required(source.Replacement, $"{path}.replacement"), document, kind, meta);
    }

    public AuthorityTable Table(AuthoritySource source, string path)
    {
        var matters = new Dictionary<string, AuthorityMatter>(StringComparer.Ordinal);
        var list = source.Matters ?? throw Error($"{path}.matters", "missing required field");
        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i];
            var at = $"{path}.matters[{i}]";
            var id = Required(m.Id, $"{at}.id");
            if (!Regex.IsMatch(id, "^[a-z][a-z0-9-]*$"))
            {
                throw Error($"{at}.id", $"matter id '{id}' must be lower-case words joined by '-'");
            }
            var township = Required(m.Township, $"{at}.township") switch
            {
                "own" => TownshipPower.Own,
                "entrusted" => TownshipPower.Entrusted,
                "approved" => TownshipPower.Approved,
                "devolved" => TownshipPower.Devolved,
                "never" => TownshipPower.Never,
                var other => throw Error($"{at}.township", $"unknown township power '{other}' (own, entrusted, approved, devolved, never)"),
            };
            var matter = new AuthorityMatter
            {
                Id = id,
                Title = Required(m.Title, $"{at}.title"),
                Basis = (m.Basis ?? throw Error($"{at}.basis", "a matter needs at least one legal basis")).Select((b, j) => new LegalBasis(
                    Required(b.Law, $"{at}.basis[{j}].law"), Required(b.Article, $"{at}.basis[{j}].article"))).ToList(),
                Acts = Regexes(m.Acts, $"{at}.acts"),
                Unless = Regexes(m.Unless, $"{at}.unless"),
                Competent = Regexes(m.Competent, $"{at}.competent"),
                CompetentText = Required(m.CompetentText, $"{at}.competentText"),
                Township = township,
                DevolvedFields = Regexes(m.DevolvedFields, $"{at}.devolvedFields"),
                Note = m.Note,
            };
            if (matter.Basis.Count == 0)
            {
                throw Error($"{at}.basis", "a matter needs at least one legal basis");
            }
            if (township == TownshipPower.Devolved && matter.DevolvedFields.Count == 0)
            {
                throw Error($"{at}.devolvedFields", "township 'devolved' needs the devolved fields");
            }
            if (!matters.TryAdd(id, matter))
            {
                throw Error($"{at}.id", $"duplicate matter id '{id}'");
            }
        }
        return new AuthorityTable
        {
            Matters = matters,
            TownshipBody = Compile(Required(source.Township, $"{path}.township"), $"{path}.township"),
            AdHocBody = source.AdHoc is null ? null : Compile(source.AdHoc, $"{path}.adHoc"),
            Entrustment = Evidence(source.Entrustment, $"{path}.entrustment"),
            Approval = Evidence(source.Approval, $"{path}.approval"),
        };
    }

    private AuthorityEvidence Evidence(EvidenceSource? source, string path) => source is null
        ? throw Error(path, "missing required field")
        : new AuthorityEvidence
        {
            Text = Regexes(source.Text, $"{path}.text"),
            Attachments = Regexes(source.Attachments, $"{path}.attachments"),
            Missing = Regexes(source.Missing, $"{path}.missing"),
            DocumentRequired = source.DocumentRequired ?? false,
        };

    public IEnumerable<SubtypeCue> Subtypes(List<SubtypeSource>? sources) =>
        (sources ?? []).Select((s, i) => new SubtypeCue(
            Required(s.Name, $"$.classification.subtypes[{i}].name"),
            s.Nature is null ? ContractNature.None : Nature(s.Nature, $"$.classification.subtypes[{i}].nature"),
            Regexes(s.Cues, $"$.classification.subtypes[{i}].cues"))
        {
            Content = (s.Content ?? []).Select((group, g) => Regexes(group, $"$.classification.subtypes[{i}].content[{g}]")).ToList(),
        }).ToList();

    public IReadOnlyList<Regex> Regexes(List<string>? patterns, string path) =>
        (patterns ?? []).Select((p, i) => Compile(p, $"{path}[{i}]")).ToList();

    public Regex? OptionalRegex(string? pattern, string path) => pattern is null ? null : Compile(pattern, path);

    public Regex Compile(string pattern, string path)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            throw Error(path, "empty pattern");
        }
        if (pattern.Contains("{{", StringComparison.Ordinal))
        {
            pattern = RuleTerms.Expand(pattern, Terms, name => Error(path, $"unknown term '{{{{{name}}}}}' (terms: {string.Join(", ", Terms.Keys)})"));
        }
        try
        {
            return new Regex(pattern, regexOptions | RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (ArgumentException ex)
        {
            throw Error(path, $"invalid regular expression: {ex.Message}");
        }
    }

    public string Required(string? value, string path) =>
        string.IsNullOrWhiteSpace(value) ? throw Error(path, "missing required field") : value;

    public FindingSeverity Severity(string value, string path) => value switch
    {
        "BLOCKING" => FindingSeverity.Blocking,
        "MAJOR" => FindingSeverity.Major,
        "MINOR" => FindingSeverity.Minor,
        "ADVICE" => FindingSeverity.Advice,
        _ => throw Error(path, $"unknown severity '{value}' (BLOCKING, MAJOR, MINOR, ADVICE)"),
    };

    public Curability CurabilityOf(string value, string path) => value switch
    {
        "SEVERABLE" => Curability.Severable,
        "NOT_CURABLE" => Curability.NotCurable,
        _ => throw Error(path, $"unknown curability '{value}' (SEVERABLE, NOT_CURABLE)"),
    };

    public DateOnly Date(string? value, string path) =>
        DateOnly.TryParseExact(Required(value, path), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(path, $"'{value}' is not a yyyy-MM-dd date");

    public RuleFileException Error(string path, string reason) => new(fileName, path, reason);

    /// <summary>A detector's own kinds (optional: none means every kind of its rule).</summary>
    public IReadOnlySet<PreReviewKind> DetectorKinds(List<string>? values, string path) =>
        values is null ? new HashSet<PreReviewKind>() : Kinds(values, path);

    private IReadOnlySet<PreReviewKind> Kinds(List<string>? values, string path)
    {
        if (values is null || values.Count == 0)
        {
            throw Error(path, "a rule needs at least one kind");
        }
        var kinds = new HashSet<PreReviewKind>();
        for (var i = 0; i < values.Count; i++)
        {
            if (!PreReviewKinds.TryParse(values[i], out var kind))
            {
                throw Error($"{path}[{i}]", $"unknown kind '{values[i]}' ({string.Join(", ", PreReviewKinds.WireNames)})");
            }
            kinds.Add(kind);
        }
        return kinds;
    }

    internal ContractNature Nature(string value, string path) => value switch
    {
        "ADMINISTRATIVE" => ContractNature.Administrative,
        "CIVIL" => ContractNature.Civil,
        _ => throw Error(path, $"unknown nature '{value}' (ADMINISTRATIVE, CIVIL)"),
    };
}
