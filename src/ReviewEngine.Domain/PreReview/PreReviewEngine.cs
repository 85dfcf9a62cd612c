using ReviewEngine.Domain.PreReview.Evaluation;
using ReviewEngine.Domain.PreReview.Rules;
using ReviewEngine.Domain.PreReview.Text;

namespace ReviewEngine.Domain.PreReview;

/// <summary>
/// 智能预审: segments the text, infers missing metadata, runs the checklist rules of the submitted kind and
/// suggests a conclusion. Scope rules (…-SCOPE-…) run first; when one fires nothing else is judged.
/// Thread-safe: the rule set is immutable and each call has its own context.
/// </summary>
public sealed class PreReviewEngine(RuleSet rules)
{
    public RuleSet Rules { get; } = rules;

    public PreReviewReport Analyze(PreReviewInput input)
    {
        var ctx = Context(input, Rules);
        var kind = ctx.Kind;
        var clauses = ctx.Clauses;
        var applicable = Rules.Rules.Where(ctx.AppliesTo).ToList();

        var scopeFindings = ScopeFindings(input, applicable, ctx);
        if (scopeFindings.Count > 0)
        {
            return Report(input, ctx, scopeFindings, PreReviewConclusion.OutOfScope, inScope: false) with
            {
                ConclusionReason = "文件不对外设定权利义务或属内部管理事项，不属于合法性审查范围。",
                DecidingRules = scopeFindings.Select(f => f.RuleId).Distinct().ToList(),
            };
        }
        foreach (var rule in applicable.Where(r => !IsScopeRule(r) && !r.DependsOnOtherRules)
            .Concat(applicable.Where(r => !IsScopeRule(r) && r.DependsOnOtherRules)))
        {
            AddDistinct(ctx.Findings, RuleEvaluator.Evaluate(rule, ctx));
        }
        var decision = ConclusionPolicy.Decide(input.Kind == PreReviewKind.OutOfScope ? kind : input.Kind, ctx.Findings, clauses, Rules);
        return Report(input, ctx, ctx.Findings, decision.Conclusion, inScope: true) with
        {
            CoreUnlawful = decision.CoreUnlawful,
            ConclusionReason = decision.Reason,
            DecidingRules = decision.Deciding.Select(f => f.RuleId).Distinct().ToList(),
        };
    }

    /// <summary>Segmentation, facts and the reading context of one document, as every analysis starts.</summary>
    internal static AnalysisContext Context(PreReviewInput input, RuleSet rules)
    {
        var clauses = ClauseSegmenter.Segment(input.Text);
        // Internal documents submitted as OUT_OF_SCOPE are checked with the normative-document scope rules; an
        // enforcement decision filed as a major decision with the enforcement checklist.
        var kind = input.Kind == PreReviewKind.OutOfScope ? PreReviewKind.NormativeDoc
            : EnforcementDecisionCue.IsEnforcementDecision(input) ? PreReviewKind.MajorEnforcement
            : input.Kind;
        var facts = FactsBuilder.Build(input, clauses, rules);
        return new AnalysisContext(input, kind, clauses, facts, rules.AgencyParty, rules.Authority, rules.Literals);
    }

    private static bool IsScopeRule(CheckRule rule) => rule.Id.Contains("-SCOPE-", StringComparison.Ordinal);

    private static List<Finding> ScopeFindings(PreReviewInput input, List<CheckRule> applicable, AnalysisContext ctx)
    {
        var findings = new List<Finding>();
        foreach (var rule in applicable.Where(IsScopeRule))
        {
            AddDistinct(findings, RuleEvaluator.Evaluate(rule, ctx));
        }
        if (findings.Count == 0 && input.Kind == PreReviewKind.OutOfScope && applicable.FirstOrDefault(IsScopeRule) is { } scopeRule)
        {
            findings.Add(new Finding(scopeRule.Id, scopeRule.Title, scopeRule.Severity, scopeRule.Curability, Clause.MetaLabel,
                0, 0, "报送类型：OUT_OF_SCOPE", scopeRule.BasisText, scopeRule.Explanation, scopeRule.Suggestion));
        }
        // Scope is a judgement on the whole document, whichever part gave it away.
        return findings.Take(1).Select(f => f with { Clause = Clause.WholeDocumentLabel }).ToList();
    }

    // One finding per rule and clause: several detectors of a rule may fire on the same clause. The graver one stays:
    // a reminder (送审材料：未提供) must not hide a defect found on the same place (失信被执行人, NOT_CURABLE).
    private static void AddDistinct(List<Finding> target, IEnumerable<Finding> found)
    {
        foreach (var finding in found)
        {
            var index = target.FindIndex(f => f.RuleId == finding.RuleId && f.Clause == finding.Clause);
            if (index < 0)
            {
                target.Add(finding);
            }
            else if (Graver(finding, target[index]))
            {
                target[index] = finding;
            }
        }
    }

    private static bool Graver(Finding candidate, Finding kept) =>
        candidate.Severity > kept.Severity
        || (candidate.Severity == kept.Severity && candidate.Curability == Curability.NotCurable && kept.Curability != Curability.NotCurable);

    private static PreReviewReport Report(PreReviewInput input, AnalysisContext ctx, IEnumerable<Finding> findings,
        PreReviewConclusion conclusion, bool inScope) => new()
        {
            InScope = inScope,
            Findings = findings.OrderBy(f => f.End == 0 ? int.MaxValue : f.Start).ThenByDescending(f => f.Severity).ToList(),
            Conclusion = conclusion,
            Kind = input.Kind,
            Facts = ctx.Facts,
            Clauses = ctx.Clauses,
        };
}
