using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Reviews;

/// <summary>补正 answered in one trip: every checklist item gets a file, or the drafter says why not; a file answers a listed item.</summary>
public static class SupplementAnswerRule
{
    public static IReadOnlyList<string> Problems(ActionDefinition action, ActionRequest r)
    {
        if (!action.Tags.Contains(ActionTag.SupplementSubmitted) || r.Supplement is not { } s || r.IsProbe)
        {
            return [];
        }

        var problems = new List<string>();
        var unknown = (s.Answers ?? []).Where(a => s.Items.All(i => i.ItemId != a.ItemId)).Select(a => a.FileName).ToList();
        if (unknown.Count > 0)
        {
            problems.Add($"以下文件未对应补正清单中的项目：{string.Join("、", unknown)}");
        }

        var open = s.Unanswered;
        if (open.Count > 0 && string.IsNullOrWhiteSpace(s.Reason))
        {
            problems.Add($"补正清单尚有未补正的项目：{string.Join("、", open.Select(i => i.Label))}；请上传对应材料，或填写未补正的理由");
        }

        return problems;
    }

    /// <summary>The 补正 checklist on the audit record: asked for, or answered (items, files by item, what was left and why).</summary>
    public static object? AuditRecord(ActionDefinition action, ActionRequest r) => r.Supplement switch
    {
        null => null,
        { } s when action.Tags.Contains(ActionTag.SupplementSubmitted) => new
        {
            items = s.Items,
            answers = s.Answers ?? [],
            unanswered = s.Unanswered.Select(i => i.ItemId).ToArray(),
            reason = string.IsNullOrWhiteSpace(s.Reason) ? null : s.Reason.Trim(),
        },
        { } s when action.Tags.Contains(ActionTag.SupplementRequested) => new { items = s.Items },
        _ => null,
    };
}
