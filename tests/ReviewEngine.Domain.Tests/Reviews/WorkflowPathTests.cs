using ReviewEngine.Domain.Reviews;
using static ReviewEngine.Domain.Tests.Reviews.CaseDriver;

namespace ReviewEngine.Domain.Tests.Reviews;

/// <summary>Each shipped workflow's main path (lawful, after-review steps, archived) and its return path (补正, 退回, revision).</summary>
public sealed class WorkflowPathTests
{
    public static TheoryData<string> Workflows => new("normative-document", "administrative-agreement", "agency-contract", "major-decision", "major-enforcement");

    [Theory]
    [MemberData(nameof(Workflows))]
    public async Task MainPathEndsArchived(string workflowId)
    {
        var d = SubmitComplete(workflowId, "2026-03-02");
        var lawful = d.Workflow.Conclusions[0];

        await d.ReachOpinionReadyAsync();
        await d.Act(Reviewer, "draftOpinion", comment: "经审查，未发现问题", conclusion: lawful);
        await d.Act(Lead, "approveOpinion");
        await d.Act(Drafter, "confirmAdoption");
        await d.FinishAfterReviewAsync();

        Assert.Equal("archived", d.Case.State);
        Assert.True(d.Case.IsClosed);
        Assert.Empty(d.Case.OpenTasks);
        Assert.Equal(lawful, d.Case.Opinion!.Conclusion);
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public async Task ReturnPathGoesBackAndStillEndsArchived(string workflowId)
    {
        var d = Submit(workflowId, "2026-03-02", d0 => d0);
        var revise = d.Workflow.Conclusions[1];

        await d.Act(Registrar, "requestSupplement", comment: "材料不全");
        foreach (var m in d.Workflow.Materials.Where(m => m.Required))
        {
            Assert.Equal("supplement", d.Case.State);
            await d.Act(Drafter, "submitSupplement", document: Document(m.Id, 's'));
            if (m != d.Workflow.Materials.Last(x => x.Required))
            {
                await d.Act(Registrar, "requestSupplement", comment: "仍不全");
            }
        }

        await d.ReachOpinionReadyAsync();
        await d.Act(Reviewer, "draftOpinion", comment: "初稿", conclusion: revise, issues: [new OpinionIssue(1, "第三条", "问题", "依据", "修改")]);
        await d.Act(Lead, "returnOpinion", comment: "请补充理由", target: "townshipReview");
        await d.Act(Reviewer, "draftOpinion", comment: "补充后", conclusion: revise, issues: [new OpinionIssue(1, "第三条", "问题", "依据", "修改")]);
        await d.Act(Lead, "approveOpinion");
        await d.Act(Drafter, "submitRevision", document: Document(d.Workflow.Materials[0].Id, 'v'), adoptions: [new IssueAdoption(1, AdoptionDecision.Adopted, null)]);
        await d.Act(Reviewer, "rejectRevision", comment: "第三条仍未改");
        await d.Act(Reviewer, "draftOpinion", comment: "复核后", conclusion: d.Workflow.Conclusions[0]);
        await d.Act(Lead, "approveOpinion");
        await d.Act(Drafter, "confirmAdoption");
        await d.FinishAfterReviewAsync();

        Assert.Equal("archived", d.Case.State);
        Assert.Equal(1, d.Case.Round);
    }

    private static CaseDriver Submit(string workflowId, string day, Func<CaseDriver, CaseDriver> _) => CaseDriver.Submit(workflowId, day);
}
