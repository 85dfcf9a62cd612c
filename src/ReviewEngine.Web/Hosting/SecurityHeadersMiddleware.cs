namespace ReviewEngine.Web.Hosting;

/// <summary>
/// Security headers on every response: no inline script (pages load their scripts from wwwroot), no framing, no
/// MIME sniffing, no full referrer to other sites. Mermaid writes &lt;style&gt; into its diagrams, hence inline styles.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext ctx)
    {
        var path = ctx.Request.Path;
        ctx.Response.OnStarting(() =>
        {
            var headers = ctx.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            // The API reference page (Scalar) runs its own inline script; it shows no case data.
            if (!path.StartsWithSegments("/scalar"))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            return Task.CompletedTask;
        });
        return next(ctx);
    }
}
