using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>All loaded rules plus the shared classification vocabulary of the rule files.</summary>
public sealed record RuleSet
{
    public required IReadOnlyList<CheckRule> Rules { get; init; }

    /// <summary>Matches an agency-side party name (人民政府, 办事处, 局 …).</summary>
    public Regex? AgencyParty { get; init; }

    public IReadOnlyList<SubtypeCue> Subtypes { get; init; } = [];

    /// <summary>Clauses that are not operative content (purpose, interpretation, entry into force).</summary>
    public IReadOnlyList<Regex> BoilerplateClauses { get; init; } = [];

    /// <summary>
    /// Rules whose findings strike at what a contract's counterparty signs for, each with its weight: the main
    /// consideration (a land-premium refund, a tax-linked reward, a counterparty chosen without the required competition)
    /// weighs more than an accessory promise (exclusivity, a guarantee) that the deal survives without. When the distinct
    /// rules firing at BLOCKING on at least two clauses weigh <see cref="ConsiderationAtLeast"/>, deleting them leaves no
    /// deal, so the contract is 不同意签订 although each is severable.
    /// </summary>
    public IReadOnlyDictionary<string, int> ConsiderationWeights { get; init; } = new Dictionary<string, int>();

    public int ConsiderationAtLeast { get; init; } = int.MaxValue;

    /// <summary>A 补充协议 adjusts a deal made elsewhere: its unlawful consideration clauses are deleted and the adjustment
    /// stands, unless they are all it does (every clause outside <see cref="SupplementBoilerplate"/> is struck).</summary>
    public IReadOnlyList<Regex> SupplementDoc { get; init; } = [];

    /// <summary>Clauses of a supplement that adjust nothing (disputes, entry into force, the main agreement stays in force).</summary>
    public IReadOnlyList<Regex> SupplementBoilerplate { get; init; } = [];

    /// <summary>Which body may do what (workflows/checklists/authority.json).</summary>
    public AuthorityTable Authority { get; init; } = AuthorityTable.Empty;

    /// <summary>The literals each pattern cannot match without: a document is scanned for them once.</summary>
    public LiteralIndex Literals { get; init; } = LiteralIndex.Empty;

    /// <summary>Every pattern a detector runs over the document's text or a part of it.</summary>
    public IEnumerable<Regex> TextPatterns() =>
        AllPatterns().Concat(Rules.SelectMany(r => r.Detectors).SelectMany(d => d.UnlessClause.Concat(d.RequireDoc).Concat(d.ForbidDoc)
            .Concat(d.Groups.SelectMany(g => g.OnlyIf))));

    /// <summary>Every regex of every rule, for the naive baseline benchmark.</summary>
    public IEnumerable<Regex> AllPatterns() =>
        Rules.SelectMany(r => r.Detectors).SelectMany(d => d.Any.Concat(d.All).Concat(d.Unless)
            .Concat(d.Groups.SelectMany(g => g.Any.Concat(g.All))).Concat(d.Number is null ? [] : [d.Number]));
}
