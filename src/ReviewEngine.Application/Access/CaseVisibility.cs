using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Access;

/// <summary>
/// The one read rule for pages and API alike: district staff see every case; township staff their township's;
/// lawyers and experts only cases where they hold, held, or may claim a task. Anything else is "not found".
/// </summary>
public static class CaseVisibility
{
    private static readonly string[] TownshipRoles = [Roles.Drafter, Roles.Registrar, Roles.Reviewer, Roles.ReviewLead];

    public static IQueryable<ReviewCase> VisibleTo(this IQueryable<ReviewCase> cases, IReviewDbContext db, Viewer viewer)
    {
        if (viewer.SeesWholeDistrict)
        {
            return cases;
        }

        var township = viewer.Roles.Any(TownshipRoles.Contains) && viewer.OrganisationKind == OrganisationKind.Township;
        var taskRoles = viewer.Roles.Where(r => r is Roles.Lawyer or Roles.Expert).ToArray();
        var org = viewer.OrganisationId;
        var user = viewer.UserId;
        return cases.Where(c =>
            (township && c.TownshipId == org)
            || (taskRoles.Length > 0 && db.WorkItems.Any(t => t.CaseId == c.Id && taskRoles.Contains(t.Role)
                && (t.AssigneeId == user || t.ClosedBy == user || (t.AssigneeId == null && t.Status == WorkItemStatus.Open && t.OrganisationId == org)))));
    }
}
