using ReviewEngine.Application.Common;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.PreReview;

/// <summary>
/// Runs 智能预审 whenever a round's main document (the workflow's first material: 送审稿 / 合同文本 / 决策草案)
/// arrives, in the same transaction as the action that brought it.
/// </summary>
public sealed class PreReviewOnUpload(IReviewDbContext db, IPreReviewAnalyzer analyzer)
{
    public void Run(ReviewCase c, WorkflowDefinition wf, IEnumerable<DocumentUpload> uploads, ActionContext ctx)
    {
        var main = wf.Materials.FirstOrDefault()?.Id;
        var document = uploads.LastOrDefault(u => u.Input.MaterialId == main);
        if (document is null)
        {
            return;
        }

        Record(c, document.Input.Sha256, analyzer.Analyze(c.Kind, c.Title, document.Input.FileName, document.Bytes, c.Metadata), ctx);
    }

    /// <summary>Stores an outcome on the case. An unfinished pre-review is recorded as such and the action that brought
    /// the document still succeeds: the pre-review is advice, losing a submission over it would be worse.</summary>
    public void Record(ReviewCase c, string documentSha256, PreReviewOutcome outcome, ActionContext ctx)
    {
        if (outcome.Problem is not null)
        {
            c.RecordPreReviewNotCompleted(documentSha256, outcome.Problem, ctx);
            return;
        }

        foreach (var f in outcome.Findings)
        {
            db.CaseFindings.Add(new CaseFinding(c.Id, c.Round, documentSha256, f.RuleId, f.Title, f.Severity, f.Curability,
                f.Clause, f.Start, f.End, f.Excerpt, f.Basis, f.Explanation, f.Suggestion));
        }

        c.RecordPreReview(documentSha256, outcome.Conclusion, outcome.Findings.Count, ctx);
    }
}
