using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;

namespace ReviewEngine.Web.Hosting;

/// <summary>
/// One database connection per signed-in request instead of one open/close per query: EF Core keeps a connection it
/// did not open itself until it is closed here. An inbox page runs four to five queries, and taking the pooled
/// connection and handing it back around each one was about a tenth of the page's time (docs/benchmarks.md, 我的待办).
/// Anonymous requests (login, health, static files) never touch it.
/// </summary>
public static class RequestConnection
{
    public static IApplicationBuilder UseRequestConnection(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.User.Identity?.IsAuthenticated != true || http.RequestServices.GetRequiredService<IReviewDbContext>() is not DbContext db)
        {
            await next(http);
            return;
        }

        await db.Database.OpenConnectionAsync(http.RequestAborted);
        try
        {
            await next(http);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    });
}
