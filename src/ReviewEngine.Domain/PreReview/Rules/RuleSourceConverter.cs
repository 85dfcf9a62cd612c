using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>Turns the file model into the runtime model, validating every value with its JSON path.</summary>
internal sealed class RuleSourceConverter(string fileName, RegexOptions regexOptions)
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    public CheckRule Rule(RuleSource source, string path)
    {
        var id = Required(source.Id, $"{path}.id");
        if (!Regex.IsMatch(id, "^[NC]-[A-Z]+-[0-9]{2}$"))
        {
            throw Error($"{path}.id", $"rule id '{id}' does not look like N-XXX-00 or C-XXX-00");
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
            Detectors = source.Detect.Select((d, i) => new DetectorSourceConverter(this).Convert(d, $"{path}.detect[{i}]")).ToList(),
        };
    }

    public IEnumerable<SubtypeCue> Subtypes(List<SubtypeSource>? sources) =>
        (sources ?? []).Select((s, i) => new SubtypeCue(
            Required(s.Name, $"$.classification.subtypes[{i}].name"),
            s.Nature is null ? ContractNature.None : Nature(s.Nature, $"$.classification.subtypes[{i}].nature"),
            Regexes(s.Cues, $"$.classification.subtypes[{i}].cues"))).ToList();

    public IReadOnlyList<Regex> Regexes(List<string>? patterns, string path) =>
        (patterns ?? []).Select((p, i) => Compile(p, $"{path}[{i}]")).ToList();

    public Regex? OptionalRegex(string? pattern, string path) => pattern is null ? null : Compile(pattern, path);

    public Regex Compile(string pattern, string path)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            throw Error(path, "empty pattern");
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

    private ContractNature Nature(string value, string path) => value switch
    {
        "ADMINISTRATIVE" => ContractNature.Administrative,
        "CIVIL" => ContractNature.Civil,
        _ => throw Error(path, $"unknown nature '{value}' (ADMINISTRATIVE, CIVIL)"),
    };
}
