using System.Security.Claims;
using ReviewEngine.Application.Access;

namespace ReviewEngine.Web.Identity;

/// <summary>The signed-in user's <see cref="Viewer"/>, resolved once per request from the account (roles can change without re-login).</summary>
public sealed class CurrentViewer(IHttpContextAccessor http, ViewerResolver resolver)
{
    private Viewer? _viewer;

    public async Task<Viewer> GetAsync(CancellationToken ct = default)
    {
        if (_viewer is not null)
        {
            return _viewer;
        }

        var id = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("no signed-in user");
        return _viewer = await resolver.ResolveAsync(id, ct);
    }
}
