using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Pages.Shared;

/// <summary>What the header of every page shows besides the fixed links: the bell's unread count, and the district-only links.</summary>
public sealed record LayoutHeaderState(int UnreadNotifications, bool SeesWholeDistrict, bool IsAdmin, bool IsExpert = false, bool ManagesExperts = false);

/// <summary>Reads <see cref="LayoutHeaderState"/> for the signed-in user; the count comes from the viewer cache (no statement while nothing changed).</summary>
public sealed class LayoutHeader(CurrentViewer me)
{
    public async Task<LayoutHeaderState> ReadAsync(CancellationToken ct = default)
    {
        var viewer = await me.GetAsync(ct);
        var unread = await me.UnreadNotificationsAsync(ct);
        var admin = viewer.HasRole(Domain.Organisations.Roles.Admin);
        return new LayoutHeaderState(unread, viewer.SeesWholeDistrict, admin, viewer.HasRole(Domain.Organisations.Roles.Expert),
            admin && viewer.OrganisationKind == Domain.Organisations.OrganisationKind.District);
    }
}
