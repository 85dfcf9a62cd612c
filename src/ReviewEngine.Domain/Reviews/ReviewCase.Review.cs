using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Reviews;

/// <summary>What an action does to the review itself: the opinion or the adoption it records, the review clock it moves, and
/// the new round it starts.</summary>
public sealed partial class ReviewCase
{
    private void RecordOpinionOrAdoption(ActionDefinition action, ActionRequest r, ActionContext ctx)
    {
        switch (action.Records)
        {
            case ActionRecord.Opinion:
                Opinion = new ReviewOpinion(r.Conclusion!, r.Comment, r.Issues ?? [], ctx.Actor.UserId, false);
                break;
            case ActionRecord.OpinionApproval when Opinion is not null:
                Opinion = Opinion with { Approved = true };
                break;
            case ActionRecord.Adoption:
                Adoptions = [.. r.Adoptions ?? []];
                break;
        }
    }

    private void ApplyClock(ActionDefinition action, WorkflowDefinition wf, ActionContext ctx)
    {
        Clock = action.Clock switch
        {
            ClockEffect.Start => Clock.Start(ctx.Today, wf.ReviewClock.WorkingDays),
            ClockEffect.Pause => Clock.Pause(ctx.Today, action.Label),
            ClockEffect.Resume => Clock.Resume(ctx.Today),
            ClockEffect.Extend => Clock.Extend(wf.ReviewClock.ExtensionWorkingDays),
            ClockEffect.Stop => Clock.Stop(ctx.Today),
            _ => Clock,
        };
        var reading = Clock.Read(ctx.Calendar, ctx.Today);
        DueOn = reading.Due;
        DueProvisional = reading.Provisional;
        foreach (var t in OpenTasks.Where(t => !HasOwnDeadline(wf, t)))
        {
            t.MoveDue(DueOn);
        }
    }

    private void StartNewRound()
    {
        Round++;
        VisitedInRound.Clear();
        AttachedMaterials.Clear();
        Opinion = null;
        Adoptions = [];
        Clock = ReviewClock.NotStarted;
        ClearAfterReviewRecords();
    }
}
