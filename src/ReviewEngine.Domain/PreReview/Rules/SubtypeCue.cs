using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>A contract subtype (招商引资, 施工 …), its nature, and the title/text cues that identify it.</summary>
public sealed record SubtypeCue(string Name, ContractNature Nature, IReadOnlyList<Regex> Cues);
