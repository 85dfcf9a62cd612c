using ReviewEngine.Domain.Audit;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.Reviews;

/// <summary>One checklist item as the case page shows it: the files that answered it, or none.</summary>
public sealed record SupplementItemStatus(SupplementItem Item, IReadOnlyList<SupplementAnswered> Files)
{
    public bool Answered => Files.Count > 0;
}

/// <summary>The latest 补正 checklist on the case and the drafter's answer to it (null <see cref="AnsweredAt"/> while open).</summary>
public sealed record SupplementStatus(IReadOnlyList<SupplementItemStatus> Items, DateTime RequestedAtUtc, DateTime? AnsweredAtUtc, string? Reason)
{
    /// <summary>From the timeline: the last 补正 request (none shown when it carried no checklist), and the first answer after it.</summary>
    public static SupplementStatus? Of(IReadOnlyList<AuditEvent> timeline, WorkflowDefinition wf)
    {
        var requested = wf.ActionIdsTagged(ActionTag.SupplementRequested);
        var submitted = wf.ActionIdsTagged(ActionTag.SupplementSubmitted);
        var request = timeline.LastOrDefault(e => requested.Contains(e.Action));
        if (request is null || SupplementChecklists.Read(request) is not { } asked)
        {
            return null;
        }

        var items = asked.Items;
        var reply = timeline.FirstOrDefault(e => e.Sequence > request.Sequence && submitted.Contains(e.Action));
        var answer = reply is null ? null : SupplementChecklists.Read(reply);
        var statuses = items.Select(i => new SupplementItemStatus(i, answer?.Answers?.Where(a => a.ItemId == i.ItemId).ToList() ?? [])).ToList();
        return new SupplementStatus(statuses, request.OccurredAtUtc, reply?.OccurredAtUtc, answer?.Reason);
    }
}
