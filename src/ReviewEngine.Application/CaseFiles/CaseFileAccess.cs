using ReviewEngine.Application.Access;
using ReviewEngine.Domain.Organisations;

namespace ReviewEngine.Application.CaseFiles;

/// <summary>
/// Who may download a case's whole 卷宗 (every document and the full audit trail): staff of the case's township and
/// district staff. Lawyers and experts see a case through their own task only, so they get no 下载卷宗 button.
/// The case itself must still be visible to the viewer (<see cref="CaseVisibility"/>).
/// </summary>
public static class CaseFileAccess
{
    private static readonly string[] TownshipStaff = [Roles.Drafter, Roles.Registrar, Roles.Reviewer, Roles.ReviewLead];

    public static bool MayDownload(Viewer viewer) =>
        viewer.SeesWholeDistrict || (viewer.OrganisationKind == OrganisationKind.Township && viewer.Roles.Any(TownshipStaff.Contains));
}
