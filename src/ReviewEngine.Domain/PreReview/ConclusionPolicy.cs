using System.Text.RegularExpressions;
using ReviewEngine.Domain.PreReview.Text;

namespace ReviewEngine.Domain.PreReview;

/// <summary>
/// domain.md §7.6: 不合法 when a NOT_CURABLE issue exists or the core is unlawful; 修改后合法 when only severable
/// issues above ADVICE; 合法 when nothing above ADVICE. For a normative document the core is taken as unlawful
/// when every operative clause (not purpose, interpretation or entry-into-force boilerplate) carries a MAJOR or
/// BLOCKING finding: deleting the defective clauses would leave nothing to issue.
/// </summary>
internal static class ConclusionPolicy
{
    public static (PreReviewConclusion Conclusion, bool CoreUnlawful) Decide(
        PreReviewKind kind, IReadOnlyList<Finding> findings, IReadOnlyList<Clause> clauses, IReadOnlyList<Regex> boilerplate)
    {
        var relevant = findings.Where(f => f.Severity > FindingSeverity.Advice).ToList();
        if (relevant.Any(f => f.Curability == Curability.NotCurable))
        {
            return (PreReviewConclusion.Unlawful, false);
        }
        if (kind == PreReviewKind.NormativeDoc && NoOperativeClauseSurvives(relevant, clauses, boilerplate))
        {
            return (PreReviewConclusion.Unlawful, true);
        }
        return (relevant.Count > 0 ? PreReviewConclusion.LawfulAfterRevision : PreReviewConclusion.Lawful, false);
    }

    private static bool NoOperativeClauseSurvives(List<Finding> findings, IReadOnlyList<Clause> clauses, IReadOnlyList<Regex> boilerplate)
    {
        var operative = clauses
            .Where(c => c.Role == ClauseRole.Article && c.Label == c.TopLabel)
            .Where(c => !boilerplate.Any(r => r.IsMatch(c.Text)))
            .ToList();
        if (operative.Count < 2)
        {
            return false;
        }
        var flagged = findings
            .Where(f => f.Severity >= FindingSeverity.Major)
            .Select(f => f.Clause)
            .ToHashSet();
        return operative.All(c => flagged.Contains(c.Label)
            || clauses.Any(sub => sub.TopLabel == c.Label && flagged.Contains(sub.Label)));
    }
}
