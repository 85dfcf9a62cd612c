using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>A rule's own <c>unless</c> and <c>unlessClause</c>, added to each of its pattern detectors at load.</summary>
internal sealed record RuleExceptions(IReadOnlyList<Regex> Unless, IReadOnlyList<Regex> UnlessClause)
{
    public static readonly RuleExceptions None = new([], []);

    public bool IsEmpty => Unless.Count == 0 && UnlessClause.Count == 0;
}
