namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>Validates one detector of the file model: known type and unit, the fields its type needs, valid regexes.</summary>
internal sealed class DetectorSourceConverter(RuleSourceConverter rules)
{
    private static readonly string[] MetadataFields = ["issuer", "draftedOn", "effectiveOn", "publicCommentDays", "fairCompetitionReview", "subtype", "counterparty", "amount", "attachments", "facts"];
    private static readonly string[] MetadataConditions = ["missing", "false", "notTrue", "lessThan", "lacks", "stated", "daysBetween"];
    private static readonly string[] DateChecks = ["effectiveBeforeDrafted", "effectiveOnIssue", "appliesBeforeDrafted"];
    private static readonly string[] ValidityChecks = ["missing", "longerThanYears"];

    /// <summary>
    /// <c>unlessStatute</c>: the enclosing clause cites a statute by name (依照《…》第…条的规定), so it restates a rule made
    /// elsewhere. One definition for every detector that needs it, instead of a copy of the pattern in each.
    /// </summary>
    private const string StatuteCited = "(依照|依据|根据|按照)《[^》]+》(第[一二三四五六七八九十百零\\d]+条)?(的?规定)?";

    /// <summary>
    /// The detector, or one per matter when <c>authority</c> names several: each reads its own matter's acts and, without
    /// a note of the detector's own, explains the finding with the matter's note.
    /// </summary>
    public IEnumerable<Detector> Convert(DetectorSource source, string path, RuleExceptions shared)
    {
        var ids = source.Authority;
        if (ids is { Count: 0 })
        {
            throw rules.Error($"{path}.authority", "'authority' names no matter");
        }
        if (ids?.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw rules.Error($"{path}.authority", $"matter '{twice.Key}' is named twice");
        }
        if (ids is not { Count: > 1 })
        {
            return [Convert(source, ids is null ? null : Matter(ids[0], $"{path}.authority"), path, shared)];
        }
        return ids.Select((id, i) => Matter(id, $"{path}.authority[{i}]"))
            .Select(matter => Convert(source, matter, path, shared) with { Note = source.Note ?? matter.Note })
            .ToList();
    }

    private Detector Convert(DetectorSource source, AuthorityMatter? matter, string path, RuleExceptions shared)
    {
        var type = TypeOf(rules.Required(source.Type, $"{path}.type"), $"{path}.type");
        var inherited = type == DetectorType.Pattern ? shared : RuleExceptions.None;
        var detector = new Detector
        {
            Type = type,
            Unit = source.In is null ? DetectorUnit.Clause : UnitOf(source.In, $"{path}.in"),
            Any = source.Any is null && matter is not null ? matter.Acts : rules.Regexes(source.Any, $"{path}.any"),
            All = rules.Regexes(source.All, $"{path}.all"),
            Unless = [.. rules.Regexes(source.Unless, $"{path}.unless"), .. matter?.Unless ?? [], .. inherited.Unless],
            UnlessClause = [.. rules.Regexes(source.UnlessClause is null && source.UnlessStatute is not true ? null
                : [.. source.UnlessClause ?? [], .. source.UnlessStatute is true ? [StatuteCited] : Array.Empty<string>()], $"{path}.unlessClause"),
                .. inherited.UnlessClause],
            UnlessIssuer = source.UnlessIssuer ?? false,
            RequireDoc = rules.Regexes(source.RequireDoc, $"{path}.requireDoc"),
            ForbidDoc = rules.Regexes(source.ForbidDoc, $"{path}.forbidDoc"),
            ForbidAttachment = rules.Regexes(source.ForbidAttachment, $"{path}.forbidAttachment"),
            RequireFact = rules.Regexes(source.RequireFact, $"{path}.requireFact"),
            ForbidFact = rules.Regexes(source.ForbidFact, $"{path}.forbidFact"),
            Subtypes = source.Subtypes ?? [],
            Kinds = rules.DetectorKinds(source.Kinds, $"{path}.kinds"),
            LeadAgency = rules.OptionalRegex(source.LeadAgency, $"{path}.leadAgency"),
            Nature = source.Nature is null ? ContractNature.None : rules.Nature(source.Nature, $"{path}.nature"),
            WithRules = source.WithRules ?? [],
            SubsumedBy = source.SubsumedBy ?? [],
            Groups = (source.Groups ?? []).Select((g, i) => new RequiredGroup(
                rules.Required(g.Name, $"{path}.groups[{i}].name"),
                rules.Regexes(g.Any, $"{path}.groups[{i}].any"),
                rules.Regexes(g.All, $"{path}.groups[{i}].all"),
                rules.Regexes(g.OnlyIf, $"{path}.groups[{i}].onlyIf"))).ToList(),
            Number = rules.OptionalRegex(source.Number, $"{path}.number"),
            Max = source.Max,
            Min = source.Min,
            MinFromFact = rules.OptionalRegex(source.MinFromFact, $"{path}.minFromFact"),
            FromFact = rules.OptionalRegex(source.FromFact, $"{path}.fromFact"),
            ToFact = rules.OptionalRegex(source.ToFact, $"{path}.toFact"),
            Field = source.Field,
            Condition = source.Condition,
            Value = source.Value,
            Check = source.Check,
            Laws = (source.Laws ?? []).Select((l, i) => new RepealedLaw(
                rules.Required(l.Name, $"{path}.laws[{i}].name"),
                rules.Date(l.RepealedOn, $"{path}.laws[{i}].repealedOn"),
                rules.Required(l.ReplacedBy, $"{path}.laws[{i}].replacedBy"),
                l.Basis is null ? null : new LegalBasis(
                    rules.Required(l.Basis.Law, $"{path}.laws[{i}].basis.law"),
                    rules.Required(l.Basis.Article, $"{path}.laws[{i}].basis.article")))).ToList(),
            Term = source.Term,
            AllowedPrefixes = source.AllowedPrefixes ?? [],
            Reading = ActConditionReader.Read(rules, source, path),
            Authority = matter,
            Severity = source.Severity is null ? null : rules.Severity(source.Severity, $"{path}.severity"),
            Curability = source.Curability is null ? null : rules.CurabilityOf(source.Curability, $"{path}.curability"),
            Note = source.Note,
        };
        CheckFieldsForType(detector, path);
        return detector;
    }

    private void CheckFieldsForType(Detector d, string path)
    {
        var problem = d.Type switch
        {
            DetectorType.Pattern when d.Any.Count == 0 && d.All.Count == 0 => "a pattern detector needs 'any' or 'all'",
            not DetectorType.Pattern when d.Reading != ActCondition.Default
                => "'polarity', 'actor', 'modality', 'statuteReference', 'carveOut' and 'inCondition' apply to pattern detectors only",
            DetectorType.Pattern when d.Reading != ActCondition.Default && d.Unit is not (DetectorUnit.Clause or DetectorUnit.Sentence)
                => "'polarity', 'actor', 'modality', 'statuteReference', 'carveOut' and 'inCondition' need 'in' clause or sentence",
            not DetectorType.Pattern when d.Authority is not null => "'authority' applies to pattern detectors only",
            DetectorType.Pattern when d.Authority is not null && d.Unit is not (DetectorUnit.Clause or DetectorUnit.Sentence or DetectorUnit.AgencyParties)
                => "'authority' needs 'in' clause, sentence or agencyParties",
            DetectorType.Absence when d.Groups.Count == 0 => "an absence detector needs 'groups'",
            DetectorType.Threshold when d.Number is null
                || !(d.Number.GetGroupNames().Contains("n") || (d.Number.GetGroupNames().Contains("y1") && d.Number.GetGroupNames().Contains("y2")))
                => "a threshold detector needs 'number' with a named group (?<n>…), or a date range as groups (?<y1>…)…(?<y2>…) (with optional m1, d1, m2, d2)",
            DetectorType.Threshold when d.Max is null && d.Min is null && d.MinFromFact is null => "a threshold detector needs 'max', 'min' or 'minFromFact'",
            DetectorType.Metadata when !MetadataFields.Contains(d.Field) => $"'field' must be one of {string.Join(", ", MetadataFields)}",
            DetectorType.Metadata when !MetadataConditions.Contains(d.Condition) => $"'condition' must be one of {string.Join(", ", MetadataConditions)}",
            DetectorType.Metadata when d.Condition == "lessThan" && d.Value is null => "condition 'lessThan' needs 'value'",
            DetectorType.Metadata when d.Condition == "lacks" && (d.Field != "attachments" || d.Any.Count == 0)
                => "condition 'lacks' needs field 'attachments' and 'any' (the material's names)",
            DetectorType.Metadata when d.Condition == "stated" && (d.Field != "facts" || d.Any.Count == 0)
                => "condition 'stated' needs field 'facts' and 'any' (patterns over \"key：value\")",
            DetectorType.Metadata when d.Condition == "daysBetween" && (d.Field != "facts" || d.FromFact is null || d.ToFact is null || d.Value is null)
                => "condition 'daysBetween' needs field 'facts', 'fromFact', 'toFact' (patterns over fact keys) and 'value' (days)",
            DetectorType.DateOrder when !DateChecks.Contains(d.Check) => $"'check' must be one of {string.Join(", ", DateChecks)}",
            DetectorType.DateOrder when d.Check == "appliesBeforeDrafted"
                && (d.Any.Count == 0 || d.Any.Any(r => !new[] { "y", "m", "d" }.All(g => r.GetGroupNames().Contains(g))))
                => "check 'appliesBeforeDrafted' needs 'any' patterns with a date as groups (?<y>…)(?<m>…)(?<d>…)",
            DetectorType.Validity when !ValidityChecks.Contains(d.Check) => $"'check' must be one of {string.Join(", ", ValidityChecks)}",
            DetectorType.Validity when d.Check == "longerThanYears" && d.Value is null => "check 'longerThanYears' needs 'value'",
            DetectorType.RepealedLaw when d.Laws.Count == 0 => "a repealedLaw detector needs 'laws'",
            DetectorType.AllowList when string.IsNullOrEmpty(d.Term) || d.AllowedPrefixes.Count == 0 => "an allowList detector needs 'term' and 'allowedPrefixes'",
            _ => null,
        };
        if (problem is not null)
        {
            throw rules.Error(path, problem);
        }
    }

    private AuthorityMatter Matter(string id, string path)
    {
        return rules.Authority.Matters.TryGetValue(id, out var matter)
            ? matter
            : throw rules.Error(path, rules.Authority.Matters.Count == 0
                ? $"unknown matter '{id}' (no authority table is loaded: add authority.json)"
                : $"unknown matter '{id}' (known: {string.Join(", ", rules.Authority.Matters.Keys.Order(StringComparer.Ordinal))})");
    }

    private DetectorType TypeOf(string value, string path) => value switch
    {
        "pattern" => DetectorType.Pattern,
        "absence" => DetectorType.Absence,
        "threshold" => DetectorType.Threshold,
        "metadata" => DetectorType.Metadata,
        "dateOrder" => DetectorType.DateOrder,
        "validity" => DetectorType.Validity,
        "repealedLaw" => DetectorType.RepealedLaw,
        "allowList" => DetectorType.AllowList,
        "natureMismatch" => DetectorType.NatureMismatch,
        _ => throw rules.Error(path, $"unknown detector type '{value}'"),
    };

    private DetectorUnit UnitOf(string value, string path) => value switch
    {
        "clause" => DetectorUnit.Clause,
        "sentence" => DetectorUnit.Sentence,
        "title" => DetectorUnit.Title,
        "document" => DetectorUnit.Document,
        "issuer" => DetectorUnit.Issuer,
        "agencyParties" => DetectorUnit.AgencyParties,
        _ => throw rules.Error(path, $"unknown unit '{value}' (clause, sentence, title, document, issuer, agencyParties)"),
    };
}
