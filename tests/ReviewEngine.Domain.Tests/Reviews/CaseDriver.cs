using Microsoft.Extensions.Time.Testing;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Tests.Reviews;

/// <summary>Plays people against one case of a shipped workflow, with a fake clock in China time.</summary>
internal sealed class CaseDriver
{
    public static readonly Actor Drafter = new("d1", "王承办", Roles.Drafter, "t1", OrganisationKind.Township);
    public static readonly Actor Registrar = new("g1", "李登记", Roles.Registrar, "t1", OrganisationKind.Township);
    // Reviewers hold 法律职业资格: the 法制审核 of an enforcement decision requires it (行政处罚法第五十八条第二款).
    public static readonly Actor Reviewer = new("r1", "张审查", Roles.Reviewer, "t1", OrganisationKind.Township) { Qualifications = [Qualifications.LegalProfession] };
    public static readonly Actor SecondReviewer = new("r2", "赵审查", Roles.Reviewer, "t1", OrganisationKind.Township) { Qualifications = [Qualifications.LegalReviewBefore2021] };
    public static readonly Actor Lawyer = new("l1", "陈律师", Roles.Lawyer, "t1", OrganisationKind.Township);
    public static readonly Actor Lead = new("h1", "刘负责", Roles.ReviewLead, "t1", OrganisationKind.Township);
    public static readonly Actor District = new("w1", "钱督导", Roles.DistrictReviewer, "district", OrganisationKind.District);
    public static readonly Actor OtherTownshipReviewer = new("x1", "外镇审查", Roles.Reviewer, "t2", OrganisationKind.Township);

    public static Actor Expert(int n) => new($"e{n}", $"专家{n}", Roles.Expert, "district", OrganisationKind.District);

    private CaseDriver(WorkflowDefinition wf, FakeTimeProvider clock, ReviewCase c)
    {
        Workflow = wf;
        Clock = clock;
        Case = c;
    }

    public WorkflowDefinition Workflow { get; }
    public FakeTimeProvider Clock { get; }
    public ReviewCase Case { get; }

    public DateOnly Today => Domain.Calendar.ChinaTime.Today(Clock);

    /// <summary>Opens a case on <paramref name="day"/> (09:00 China time) with the given materials attached.</summary>
    public static CaseDriver Submit(string workflowId, string day, params string[] materials) =>
        Submit(workflowId, day, new Dictionary<string, string>(), materials);

    /// <summary>The same, with the case metadata the submission form would send (subtype, affectsMarket …).</summary>
    public static CaseDriver Submit(string workflowId, string day, IReadOnlyDictionary<string, string> metadata, params string[] materials)
    {
        var wf = TestWorkflows.Load(workflowId);
        var clock = new FakeTimeProvider(new DateTimeOffset(DateOnly.Parse(day).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));
        var docs = materials.Select((m, i) => new DocumentInput($"{m}.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new string((char)('a' + i), 64), 100, m)).ToArray();
        var submission = new CaseSubmission("t1-2026-0001", "测试事项", wf.Kinds[0], "t1", "district", "经济发展办", 1_000_000m, new Dictionary<string, string>(metadata), docs);
        var c = ReviewCase.Submit(submission, wf, new ActionContext(Drafter, clock.GetUtcNow(), TestWorkflows.Calendar));
        return new CaseDriver(wf, clock, c);
    }

    public static CaseDriver SubmitComplete(string workflowId, string day) =>
        Submit(workflowId, day, TestWorkflows.Load(workflowId).Materials.Where(m => m.Required).Select(m => m.Id).ToArray());

    public Task Act(Actor actor, string actionId, string? comment = null, string? conclusion = null, string? target = null,
        DocumentInput? document = null, IReadOnlyList<string>? assignees = null, IReadOnlyList<OpinionIssue>? issues = null,
        IReadOnlyList<IssueAdoption>? adoptions = null) =>
        Case.PerformAsync(new ActionRequest(actionId, target, comment, conclusion, document, assignees, issues, adoptions), Workflow, Context(actor));

    public ActionContext Context(Actor actor) => new(actor, Clock.GetUtcNow(), TestWorkflows.Calendar);

    public void AdvanceDays(int days) => Clock.Advance(TimeSpan.FromDays(days));

    public static DocumentInput Document(string materialId, char fill = 'f') => new($"{materialId}.docx", "application/octet-stream", new string(fill, 64), 10, materialId);

    /// <summary>Registration → review → lawyer → back to review, ready for an opinion.</summary>
    public async Task ReachOpinionReadyAsync()
    {
        await Act(Registrar, "accept");
        await Act(Reviewer, "requestLawyerOpinion");
        await Act(Lawyer, "submitLawyerOpinion", comment: "书面法律意见");
        if (Workflow.Id == "major-decision")
        {
            await Act(Reviewer, "requestExpertConsultation", comment: "重大决策须专家论证", assignees: ["e1", "e2", "e3", "e4", "e5"]);
            for (var i = 1; i <= 5; i++)
            {
                await Act(Expert(i), "giveExpertOpinion", comment: "同意");
            }
        }
    }

    /// <summary>签订 (the reviewed text, unchanged) or 集体审议 → 公布 → 备案, whichever the case has reached; then archived.</summary>
    public async Task FinishAfterReviewAsync()
    {
        var today = Today.ToString("yyyy-MM-dd");
        if (Case.State == "signing")
        {
            var text = Domain.Signing.NormalisedText.Of("合同文本");
            await Case.PerformAsync(new ActionRequest("sign", Document: Document("contractText", 'z'))
            {
                Record = new Dictionary<string, string> { ["signedOn"] = today, ["signatories"] = "甲方、乙方" },
                TextCheck = Domain.Signing.TextComparison.Of(text, text),
            }, Workflow, Context(Drafter));
            return;
        }

        if (Workflow.State(Case.State).FindAction("recordMeeting") is not null)
        {
            // 集体讨论决定 of a major decision: after the reserved review time (7 working days from acceptance).
            AdvanceDays(14);
            await Case.PerformAsync(new ActionRequest("recordMeeting")
            {
                Record = new Dictionary<string, string>
                {
                    ["meetingOn"] = Today.ToString("yyyy-MM-dd"),
                    ["meetingName"] = "镇长办公会议",
                    ["outcome"] = "通过",
                    ["materials"] = "决策草案、合法性审查意见书",
                },
            }, Workflow, Context(Drafter));
            return;
        }

        foreach (var (action, fields) in new[]
        {
            ("recordDeliberation", new Dictionary<string, string> { ["meetingOn"] = today, ["meetingName"] = "镇党委会", ["outcome"] = "通过" }),
            ("recordPublication", new Dictionary<string, string> { ["publishedOn"] = today, ["documentNumber"] = "测试〔2026〕1号", ["channel"] = "政府公报" }),
            ("recordFiling", new Dictionary<string, string> { ["filedOn"] = today, ["filedWith"] = "区司法局" }),
        })
        {
            if (Workflow.State(Case.State).FindAction(action) is not null)
            {
                await Case.PerformAsync(new ActionRequest(action) { Record = fields }, Workflow, Context(Drafter));
            }
        }
    }

    public IReadOnlyList<string> ActionIdsFor(Actor actor) =>
        Case.AvailableActions(Workflow, actor).Where(a => a.Available).Select(a => a.ActionId).ToArray();
}
