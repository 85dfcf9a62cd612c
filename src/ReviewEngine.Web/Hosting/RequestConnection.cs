using ReviewEngine.Application.Common;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Web.Hosting;

/// <summary>
/// One database connection per signed-in request instead of one open/close per query. An inbox page runs four to five
/// queries, and taking the pooled connection and handing it back around each one was about a tenth of the page's time
/// (docs/benchmarks.md, 我的待办). Anonymous requests (login, health, static files) never touch it.
/// </summary>
public static class RequestConnection
{
    public static IApplicationBuilder UseRequestConnection(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            await next(http);
            return;
        }

        await using var connection = await http.RequestServices.GetRequiredService<IReviewDbContext>().HoldConnectionAsync(http.RequestAborted);
        await next(http);
    });
}
