using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewEngine.Application.Contracts;

/// <summary>
/// How generated contracts are numbered (issue 16 item 6), e.g. 罗埠招〔2026〕第3号: <c>{org}</c> the organisation's short
/// name, <c>{type}</c> the short name of the template's category, <c>{year}</c> the year of signing up, <c>{seq}</c> the
/// sequence within that organisation, type and year. Patterns and short names may be set per organisation; an
/// organisation without a short name uses its name without 人民政府/街道办事处/镇/乡/街道.
/// </summary>
public sealed record ContractNumberOptions(
    string Pattern = ContractNumberOptions.DefaultPattern,
    IReadOnlyDictionary<string, string>? Patterns = null,
    IReadOnlyDictionary<string, string>? ShortNames = null,
    IReadOnlyDictionary<string, string>? TypeNames = null)
{
    public const string DefaultPattern = "{org}{type}〔{year}〕第{seq}号";

    /// <summary>One character per template category, as filing clerks abbreviate them.</summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultTypeNames = new Dictionary<string, string>
    {
        ["招商引资"] = "招",
        ["土地收回"] = "收",
        ["征收补偿"] = "征",
        ["政府购买服务"] = "购",
        ["工程建设"] = "建",
        ["资产租赁"] = "租",
        ["行政委托"] = "委",
        ["特许经营"] = "特",
        ["农村土地"] = "流",
        ["法律服务"] = "法",
        ["土地出让"] = "让",
    };

    public string PatternFor(string organisationId) => Patterns?.GetValueOrDefault(organisationId) ?? Pattern;

    public string ShortName(string organisationId, string organisationName) =>
        ShortNames?.GetValueOrDefault(organisationId)
        ?? Regex.Replace(organisationName, "(人民政府|街道办事处|办事处)$", "") switch
        {
            var s when s.Length > 1 && (s.EndsWith('镇') || s.EndsWith('乡')) => s[..^1],
            var s when s.Length > 2 && s.EndsWith("街道", StringComparison.Ordinal) => s[..^2],
            var s => s,
        };

    public string TypeName(string category) =>
        TypeNames?.GetValueOrDefault(category) ?? DefaultTypeNames.GetValueOrDefault(category) ?? category[..1];

    /// <summary>The next number of the series: one more than the highest sequence among <paramref name="existing"/>
    /// numbers of the same organisation, type and year (numbers of other series and free-form ones are ignored).</summary>
    public string Next(string pattern, string org, string type, int year, IEnumerable<string> existing)
    {
        var fixedParts = Fill(pattern, org, type, year, "\u0000");
        var series = new Regex("^" + Regex.Escape(fixedParts).Replace("\u0000", "(\\d+)") + "$");
        var last = existing.Select(n => series.Match(n)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        return Fill(pattern, org, type, year, (last + 1).ToString(CultureInfo.InvariantCulture));
    }

    private static string Fill(string pattern, string org, string type, int year, string seq) =>
        pattern.Replace("{org}", org).Replace("{type}", type)
            .Replace("{year}", year.ToString(CultureInfo.InvariantCulture)).Replace("{seq}", seq);
}
