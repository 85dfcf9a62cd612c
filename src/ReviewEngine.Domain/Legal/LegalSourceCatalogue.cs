using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReviewEngine.Domain.Legal;

/// <summary>
/// The full titles and ranks of cited sources (legal-sources.json, embedded): lets a letter print 《最高人民法院关于
/// 审理行政协议案件若干问题的规定》 where a rule base says 行政协议规定. Names it does not know are ranked by their form.
/// </summary>
public sealed class LegalSourceCatalogue
{
    // Declared before Default, which is initialised from it.
    private static readonly JsonSerializerOptions FileOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly Dictionary<string, LegalSource> _byName = new(StringComparer.Ordinal);

    public LegalSourceCatalogue(IEnumerable<LegalSource> sources)
    {
        foreach (var source in sources)
        {
            foreach (var name in source.Names)
            {
                _byName[name] = source;
            }
        }

        // Longest first, so 土地管理法实施条例 is found before 土地管理法 inside it.
        Names = _byName.Keys.OrderByDescending(n => n.Length).ToArray();
    }

    public static LegalSourceCatalogue Default { get; } = Load();

    /// <summary>Every title and alias, longest first.</summary>
    public IReadOnlyList<string> Names { get; }

    public LegalSource? Find(string name)
    {
        var key = name.Trim().Replace("(", "（").Replace(")", "）");
        if (_byName.TryGetValue(key, out var source))
        {
            return source;
        }

        // A title written with its document number inside the brackets: 《…指导意见（国办发〔2018〕115号）》.
        var open = key.LastIndexOf('（');
        return open > 0 && key.EndsWith("号）", StringComparison.Ordinal) ? _byName.GetValueOrDefault(key[..open]) : null;
    }

    /// <summary>The source by its name, or a source of that title ranked by the form of the title.</summary>
    public LegalSource Resolve(string name, string? documentNumber = null) =>
        Find(name) ?? new LegalSource(name.Trim(), Guess(name.Trim()), documentNumber);

    /// <summary>
    /// The rank a title's form implies: 最高人民法院… an interpretation; 中华人民共和国…法 a law; a province's or
    /// city's 条例 a local regulation and its 规定/办法 a government rule; a bare 条例 an administrative regulation;
    /// a ministry's 规定/办法 a departmental rule; anything else (通知, 意见, 决定 …) a normative document.
    /// </summary>
    public static LegalRank Guess(string title)
    {
        var local = title.Length > 3 && (title[..Math.Min(6, title.Length)].Contains('省') || title[..Math.Min(6, title.Length)].Contains('市'));
        return title switch
        {
            _ when title.StartsWith("最高人民法院", StringComparison.Ordinal) || title.StartsWith("最高人民检察院", StringComparison.Ordinal) => LegalRank.JudicialInterpretation,
            _ when title.EndsWith('法') && !local => LegalRank.Law,
            _ when title.EndsWith("条例", StringComparison.Ordinal) => local ? LegalRank.LocalRegulation : LegalRank.AdministrativeRegulation,
            _ when EndsWithRule(title) && local => LegalRank.LocalGovernmentRule,
            _ when EndsWithRule(title) && (title.Contains('部') || title.Contains("总局") || title.Contains("委员会")) => LegalRank.DepartmentalRule,
            _ => LegalRank.NormativeDocument,
        };
    }

    private static bool EndsWithRule(string title) =>
        title.EndsWith("规定", StringComparison.Ordinal) || title.EndsWith("办法", StringComparison.Ordinal) || title.EndsWith("细则", StringComparison.Ordinal);

    private static LegalSourceCatalogue Load()
    {
        using var stream = typeof(LegalSourceCatalogue).Assembly.GetManifestResourceStream("ReviewEngine.Domain.Legal.legal-sources.json")
            ?? throw new InvalidOperationException("legal-sources.json is not embedded in ReviewEngine.Domain");
        var file = JsonSerializer.Deserialize<CatalogueFile>(stream, FileOptions)!;
        return new LegalSourceCatalogue(file.Sources.Select(s => new LegalSource(s.Title, s.Rank, s.DocumentNumber, s.Aliases ?? [], s.Articles)));
    }

    private sealed record CatalogueFile(IReadOnlyList<SourceEntry> Sources);

    private sealed record SourceEntry(string Title, LegalRank Rank, string? DocumentNumber, IReadOnlyList<string>? Aliases, int? Articles);
}
