using ReviewEngine.Web.Api;
using ReviewEngine.Web.Cases;
using ReviewEngine.Web.Hosting;
using ReviewEngine.Web.Identity;
using ReviewEngine.Web.Notifications;
using ReviewEngine.Web.Templates;
using ReviewEngine.Web.Workflows;
using Scalar.AspNetCore;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// Database, workflow catalog, use cases, identity, pages, OpenAPI (fails fast on an invalid workflows/ file).
builder.AddReviewEngineServices();

var app = builder.Build();

// Committed migrations, WAL; demo district and logins in Development only.
await app.InitialiseDatabaseAsync();

// Structured request logging; errors as JSON problem details under /api and as Chinese HTML pages elsewhere.
app.UseSerilogRequestLogging();
// CSP, nosniff, no framing, referrer policy; HSTS on HTTPS outside Development (docs/operations.md).
app.UseMiddleware<SecurityHeadersMiddleware>();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseErrorResponses();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
// One database connection per signed-in request, opened before the account check that is its first statement.
app.UseRequestConnection();
// A disabled account or a renewed security stamp ends the session; cookie-signed /api changes need antiforgery.
app.UseMiddleware<AccountCheckMiddleware>();
app.UseMiddleware<ApiCookieGuardMiddleware>();
app.UseAuthorization();
app.UseAntiforgery();

// Pages (Chinese UI), JSON API, its description and reference page, health.
app.MapRazorPages();
app.MapCaseFileDownload();
app.MapAuthEndpoints();
app.MapCaseEndpoints();
app.MapDocumentEndpoints();
app.MapTemplateEndpoints();
app.MapWorkflowEndpoints();
app.MapNotificationEndpoints();
app.MapOpenApi();
app.MapScalarApiReference();
app.MapHealthChecks("/health");

app.Run();

public partial class Program;
