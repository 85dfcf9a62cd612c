using System.Text.RegularExpressions;
using ReviewEngine.Domain.PreReview.Rules;
using ReviewEngine.Domain.PreReview.Text;

namespace ReviewEngine.Domain.PreReview;

/// <summary>
/// domain.md §7.6 and issue 15: 不合法 / 不同意签订 when a NOT_CURABLE issue exists or the core is unlawful;
/// 修改后合法 / 修改后签订 when only severable issues above ADVICE; 合法 / 同意签订 when nothing above ADVICE.
/// The core is unlawful for a normative document when every operative clause (not purpose, interpretation or
/// entry-into-force boilerplate) carries a MAJOR or BLOCKING finding, and for a contract when the consideration rules
/// firing at BLOCKING weigh enough (the rule files' <c>consideration</c>): deleting the defective clauses would
/// leave nothing to issue or nothing to sign for. The decision names the findings that decided it.
/// </summary>
internal static class ConclusionPolicy
{
    public static ConclusionDecision Decide(PreReviewKind kind, IReadOnlyList<Finding> findings, IReadOnlyList<Clause> clauses, RuleSet rules)
    {
        var relevant = findings.Where(f => f.Severity > FindingSeverity.Advice).ToList();
        var notCurable = relevant.Where(f => f.Curability == Curability.NotCurable).ToList();
        if (notCurable.Count > 0)
        {
            return new(PreReviewConclusion.Unlawful, false, notCurable,
                "存在不可通过修改补正的问题（" + Titles(notCurable) + "），属主体、权限或批准等根本缺陷。");
        }
        if (kind == PreReviewKind.NormativeDoc && NoOperativeClauseSurvives(relevant, clauses, rules.BoilerplateClauses))
        {
            var core = relevant.Where(f => f.Severity >= FindingSeverity.Major).ToList();
            return new(PreReviewConclusion.Unlawful, true, core, "各项实质条款均存在违法问题，删改后文件已无可出台的内容，核心内容不合法。");
        }
        if (PreReviewConclusions.IsContract(kind))
        {
            var consideration = relevant
                // What the case file says (选择方式：协商确定) is no clause of the deal: deleting clauses cannot strike it.
                .Where(f => f.Severity == FindingSeverity.Blocking && rules.ConsiderationWeights.ContainsKey(f.RuleId) && f.Clause != Clause.MetaLabel)
                .ToList();
            var weight = consideration.Select(f => f.RuleId).Distinct().Sum(id => rules.ConsiderationWeights[id]);
            var supplement = rules.SupplementDoc.Any(r => clauses.Any(c => r.IsMatch(c.Text)));
            // Two rules on one clause are one unlawful promise: the deal needs at least two struck clauses to fall.
            // A supplement also falls when its unlawful promises are all it does, whatever they weigh: nothing is left
            // to sign.
            var struck = consideration.Select(f => f.Clause).Distinct().Count() >= 2;
            if (struck && (weight >= rules.ConsiderationAtLeast
                    || (supplement && NoOperativeClauseSurvives(relevant, clauses, rules.SupplementBoilerplate))))
            {
                return new(PreReviewConclusion.Unlawful, true, consideration,
                    "合同的对价建立在多项违法约定之上（" + Titles(consideration) + "），删除后合同目的无法实现，核心内容不合法。");
            }
        }
        if (relevant.Count > 0)
        {
            return new(PreReviewConclusion.LawfulAfterRevision, false, relevant,
                $"存在{relevant.Count}项可通过删除或修改条款解决的问题（" + Titles(relevant) + "），修改后可以" + (PreReviewConclusions.IsContract(kind) ? "签订。" : kind == PreReviewKind.MajorEnforcement ? "作出决定。" : "出台。"));
        }
        return new(PreReviewConclusion.Lawful, false, [], "未发现一般及以上问题" + (findings.Count > 0 ? "（提示事项供审查人员核对）。" : "。"));
    }

    private static string Titles(IEnumerable<Finding> findings) =>
        string.Join("；", findings.Select(f => f.Title).Distinct().Take(4)) + (findings.Select(f => f.Title).Distinct().Count() > 4 ? "等" : string.Empty);

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
