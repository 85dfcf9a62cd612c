using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Reviews;

/// <summary>智能预审 on the case: the engine's suggestion and the reviewer's confirm/dismiss decisions, both audited.</summary>
public sealed partial class ReviewCase
{
    /// <summary>The 智能预审 suggested conclusion for the current round's main document (the reviewer decides).</summary>
    public string? PreReviewConclusion { get; private set; }

    /// <summary>Why the current round's pre-review did not finish (a rule ran out of time on a loaded server), or null.
    /// The submission that brought the document still stands; a reviewer runs the pre-review again.</summary>
    public string? PreReviewProblem { get; private set; }

    /// <summary>Records that the engine pre-reviewed a round's main document; the findings are stored beside the case.</summary>
    public void RecordPreReview(string documentSha256, string conclusion, int findingCount, ActionContext ctx)
    {
        PreReviewConclusion = conclusion;
        PreReviewProblem = null;
        Record(ctx with { Actor = Actor.SystemActor }, "preReview", State, State, null, $"智能预审：{findingCount} 项提示，建议结论「{conclusion}」", documentSha256,
            new { round = Round, findings = findingCount, conclusion });
    }

    /// <summary>Records that the pre-review of a round's main document did not finish; no finding is stored for it,
    /// and the case page offers the reviewer to run it again.</summary>
    public void RecordPreReviewNotCompleted(string documentSha256, string problem, ActionContext ctx)
    {
        PreReviewConclusion = null;
        PreReviewProblem = problem;
        Record(ctx with { Actor = Actor.SystemActor }, "preReview", State, State, null, problem, documentSha256,
            new { round = Round, completed = false });
    }

    /// <summary>Only a reviewer of the case's organisation, not its drafter, runs an unfinished pre-review again.</summary>
    public void EnsureMayRerunPreReview(Actor actor)
    {
        var reasons = ReviewerReasons(actor, "重新运行智能预审");
        if (reasons.Count > 0)
        {
            throw new ActionNotAllowedException(reasons);
        }

        if (IsClosed)
        {
            throw new DomainException($"案件 {Number} 已办结");
        }

        if (PreReviewProblem is null)
        {
            throw new ActionRejectedException("重新运行智能预审", [PreReviewConclusion is null ? "本轮尚未提交送审稿正文" : "本轮智能预审已完成，无需重新运行"]);
        }
    }

    /// <summary>The reviewer confirms or dismisses a pre-review finding; dismissing needs a reason (尽职容错 trail).</summary>
    public void DecideFinding(CaseFinding finding, bool confirm, string? reason, ActionContext ctx)
    {
        var reasons = ReviewerReasons(ctx.Actor, "确认或排除预审提示");
        if (reasons.Count > 0)
        {
            throw new ActionNotAllowedException(reasons);
        }

        if (finding.CaseId != Id || IsClosed)
        {
            throw new DomainException(IsClosed ? $"案件 {Number} 已办结" : "该提示不属于本案件");
        }

        if (!confirm && string.IsNullOrWhiteSpace(reason))
        {
            throw new ActionRejectedException("排除预审提示", ["须说明排除理由"]);
        }

        finding.Decide(confirm, reason, ctx.Actor.UserId, ctx.NowUtc);
        Record(ctx, confirm ? "confirmFinding" : "dismissFinding", State, State, null, reason, finding.DocumentSha256,
            new { finding = finding.Id, finding.RuleId, finding.Clause });
    }

    private List<string> ReviewerReasons(Actor actor, string what)
    {
        var reasons = new List<string>();
        if (actor.Role is not (Roles.Reviewer or Roles.ReviewLead or Roles.Lawyer))
        {
            reasons.Add($"仅审查人员、审查负责人或公职律师可以{what}");
        }

        CaseAccessPolicy.CheckOrganisation(this, actor, reasons);
        if (actor.UserId == DrafterId)
        {
            reasons.Add("审查人员不得为本案起草（承办）人（内部分离）");
        }

        return reasons;
    }
}
