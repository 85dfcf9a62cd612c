using System.Text.RegularExpressions;
using ReviewEngine.Domain.PreReview.Text;

namespace ReviewEngine.Domain.PreReview.Reading;

/// <summary>
/// The names by which one document refers to its actors, and who each of them is: role labels resolved from the
/// party block (甲方：××镇人民政府 makes 甲方 the agency), the parties' own names, the generic words for the
/// authority, the public and other bodies. Built once per document.
/// </summary>
public sealed class PartyLexicon
{
    private readonly Dictionary<string, Actor> _names;
    private readonly Regex _tokens;
    private readonly Regex? _agencyName;

    private static readonly Regex AliasRegex = new("简称[：:“\"「]?(?<alias>[^”\"」）)，,。\\s]{2,12})", RegexOptions.CultureInvariant);

    public PartyLexicon(IReadOnlyList<Party> parties, bool isContract, Regex? agencyName)
    {
        _agencyName = agencyName;
        _names = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var role in ReadingCues.AgencyRoles.Split('|'))
        {
            _names[role] = isContract ? Actor.Agency : Actor.Counterparty;
        }
        foreach (var role in ReadingCues.CounterpartyRoles.Split('|'))
        {
            _names[role] = Actor.Counterparty;
        }
        foreach (var party in parties.Where(p => p.Role != Clause.MetaLabel))
        {
            var actor = party.IsAgency ? Actor.Agency : Actor.Counterparty;
            _names[PartyParser.StripNotes(LabelOf(party.Role))] = actor;
            // "××新能源有限公司（以下简称新能源公司）": the text then speaks of 新能源公司.
            foreach (Match alias in AliasRegex.Matches(party.Name))
            {
                _names[alias.Groups["alias"].Value] = actor;
            }
            var bare = party.BareName;
            if (bare.Length is >= 2 and <= 40)
            {
                _names[bare] = actor;
            }
        }
        var named = _names.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape);
        _tokens = new Regex(
            "(?<name>" + string.Join("|", named) + ")|(?<both>" + ReadingCues.BothParties + ")|(?<agency>[\u4e00-\u9fa5×]{1,12}(镇|乡)人民政府|[\u4e00-\u9fa5×]{1,12}街道办事处|"
            + ReadingCues.AgencyWords + ")|(?<other>" + ReadingCues.OtherBodies + ")|(?<public>" + ReadingCues.PublicWords + ")",
            RegexOptions.CultureInvariant);
    }

    /// <summary>Every actor mention in <paramref name="text"/>, in order.</summary>
    public IEnumerable<(int Index, int Length, Actor Actor)> Mentions(string text)
    {
        foreach (Match m in _tokens.Matches(text))
        {
            // A generic body name is matched with the words before it (负责协调价格主管部门, 可以向镇人民政府): the verb
            // or marker that opens it is not part of the name, and it tells that the body is approached, not acting.
            var lead = m.Groups["other"].Success ? ReadingCues.BodyLead().Match(m.Value).Length
                : m.Groups["agency"].Success ? ReadingCues.AgencyLead().Match(m.Value).Length
                : 0;
            if (lead >= m.Length)
            {
                lead = 0;
            }
            yield return (m.Index + lead, m.Length - lead, Classify(m));
        }
    }

    private Actor Classify(Match m)
    {
        if (m.Groups["name"].Success)
        {
            return _names[m.Value];
        }
        if (m.Groups["both"].Success)
        {
            return Actor.Both;
        }
        if (m.Groups["agency"].Success)
        {
            return Actor.Agency;
        }
        if (m.Groups["other"].Success)
        {
            // A body the rule file counts as agency-side (a 镇 office named in full) stays the agency.
            return _agencyName is not null && _agencyName.IsMatch(m.Value) && !m.Value.Contains("法院", StringComparison.Ordinal)
                && !Regex.IsMatch(m.Value, "^(区|县|市|省)") && m.Value.Contains('镇', StringComparison.Ordinal)
                ? Actor.Agency
                : Actor.Other;
        }
        return Actor.Counterparty;
    }

    private static string LabelOf(string role)
    {
        var paren = role.IndexOfAny(['（', '(']);
        return paren > 0 ? role[..paren] : role;
    }
}
