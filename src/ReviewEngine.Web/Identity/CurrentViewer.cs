using System.Security.Claims;
using ReviewEngine.Application.Access;
using ReviewEngine.Infrastructure.Identity;

namespace ReviewEngine.Web.Identity;

/// <summary>
/// The signed-in user's <see cref="Viewer"/> and bell count for this request: from the node's cache while the account's
/// change counter is unchanged, so roles changed without re-login apply at the next request (ADR 0016).
/// </summary>
public sealed class CurrentViewer(IHttpContextAccessor http, SignedInAccount account)
{
    public Task<Viewer> GetAsync(CancellationToken ct = default) => account.ViewerAsync(UserId, ct);

    /// <summary>The bell's unread count; no statement while nothing changed for the person or their organisation.</summary>
    public Task<int> UnreadNotificationsAsync(CancellationToken ct = default) => account.UnreadNotificationsAsync(UserId, ct);

    private string UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("no signed-in user");
}
