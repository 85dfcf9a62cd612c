using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Web.Cases;

/// <summary>The Chinese name of an audit event: the workflow action's label, or for the engine's own events (submission, pre-review,
/// task claim/release/转办, finding decisions, the expert draw, a decline, a late panel's completion) a fixed one.</summary>
public static class AuditActionLabels
{
    private static readonly Dictionary<string, string> EngineEvents = new()
    {
        ["submit"] = "送审",
        ["preReview"] = "智能预审",
        ["claim"] = "认领任务",
        ["release"] = "退回任务池",
        ["reassign"] = "转办",
        ["confirmFinding"] = "确认预审问题",
        ["dismissFinding"] = "驳回预审问题",
        ["drawExperts"] = "抽取专家",
        ["declineConsultation"] = "拒绝参加论证",
        ["consultationDeadline"] = "论证期限届满",
        [Domain.Reviews.ReviewCase.SigningRefused] = "签订被拒（文本与审查通过的文本不一致）",
    };

    /// <summary>The ids of the engine's own audit events (not workflow actions).</summary>
    public static IReadOnlyCollection<string> EngineEventIds => EngineEvents.Keys;

    public static string For(WorkflowDefinition wf, string action) =>
        wf.States.SelectMany(s => s.Actions).FirstOrDefault(x => x.Id == action)?.Label ?? EngineEvents.GetValueOrDefault(action, action);
}
