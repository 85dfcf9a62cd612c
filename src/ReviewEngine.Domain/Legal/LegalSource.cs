namespace ReviewEngine.Domain.Legal;

/// <summary>A law, regulation, rule, interpretation or policy document by its full official title.</summary>
/// <param name="DocumentNumber">发文字号 printed after the title, e.g. 国办发〔2018〕115号; null for laws and regulations.</param>
/// <param name="Aliases">Short names used in rule bases and by reviewers (行政协议规定, 行政处罚法).</param>
/// <param name="Articles">How many articles the version in force has, where the team checked it; null where not.</param>
public sealed record LegalSource(string Title, LegalRank Rank, string? DocumentNumber = null, IReadOnlyList<string>? Aliases = null, int? Articles = null)
{
    public IReadOnlyList<string> Names => [Title, .. Aliases ?? []];
}
