using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>
/// A contract subtype (招商引资, 施工 …), its nature, the title cues that identify it, and the content that makes a
/// contract filed under another label this subtype: each group's patterns must all occur in the articles (a grant of
/// public parking spaces to run and charge for is a concession whatever the form calls it).
/// </summary>
public sealed record SubtypeCue(string Name, ContractNature Nature, IReadOnlyList<Regex> Cues)
{
    public IReadOnlyList<IReadOnlyList<Regex>> Content { get; init; } = [];
}
