using ReviewEngine.Application.Reviews;

namespace ReviewEngine.Web.Api;

/// <summary>Maps the case read model to the API's JSON shape.</summary>
public static class CaseViews
{
    public static CaseView From(CaseDetails d)
    {
        var c = d.Case;
        return new CaseView(c.Id, c.Number, c.Title, c.Kind, c.TownshipId, c.State, d.StateLabel, c.Round, c.Version,
            d.Clock.Due?.ToString("yyyy-MM-dd"), d.Clock.Provisional, d.Clock.Paused, d.RemainingWorkingDays, c.Opinion?.Conclusion,
            d.OpenTasks.Select(t => new TaskView(t.Id, t.Role, t.AssigneeId, t.AssigneeName, t.DueOn?.ToString("yyyy-MM-dd"))).ToList(),
            d.Actions.Select(a => new ActionAvailabilityView(a.Availability.ActionId, a.Availability.Label, a.Availability.Targets, a.Availability.Available,
                a.Availability.Reasons, a.Availability.Inputs, a.ActingRole)).ToList(),
            d.Timeline.Select(e => new EventView(e.Sequence, e.OccurredAtUtc, e.ActorName, e.Role, e.Action, e.FromState, e.ToState, e.Comment, e.DocumentSha256)).ToList(),
            d.Documents.Select(x => new DocumentView(x.Id, x.Round, x.FileName, x.Purpose, x.MaterialId, x.Sha256, x.Size, x.UploadedAtUtc)).ToList(),
            c.Signing, c.Deliberation, c.Publication, c.Filing, Opinion(c), Supplement(d.Supplement));
    }

    private static SupplementView? Supplement(SupplementStatus? s) =>
        s is null ? null : new SupplementView(s.Items.Select(i => new SupplementItemView(i.Item.ItemId, i.Item.Label, i.Answered,
            i.Files.Select(f => f.FileName).ToList())).ToList(), s.AnsweredAtUtc is not null, s.Reason);

    private static OpinionView? Opinion(Domain.Reviews.ReviewCase c) =>
        c.Opinion is not { } op ? null : new OpinionView(op.Conclusion, op.Approved, Domain.Reviews.AnsweredIssue.Pair(op, c.Adoptions).Select(a => new OpinionIssueView(
            a.Issue.No, a.Issue.Clause, a.Issue.Finding, a.Issue.LegalBasis, a.Issue.RequiredChange, a.Issue.Severity,
            a.Adoption is null ? null : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(a.Adoption.Decision.ToString()),
            a.Adoption is null ? null : Domain.Reviews.AdoptionLabels.Label(a.Adoption.Decision), a.Adoption?.Reason)).ToList());
}
