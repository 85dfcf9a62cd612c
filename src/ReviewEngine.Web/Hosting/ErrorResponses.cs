namespace ReviewEngine.Web.Hosting;

/// <summary>
/// Errors by audience: /api keeps JSON problem details for programs; every other path shows the Chinese error page
/// (Pages/Error) in the layout, with the failing request's status code kept.
/// </summary>
public static class ErrorResponses
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static void UseErrorResponses(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            // Outside the exception handler, so a 4xx the handler sets without a body (a refusal) gets the page too.
            pages.UseStatusCodePagesWithReExecute("/Error/{0}");
            pages.UseExceptionHandler("/Error/500");
        });
    }
}
