using ReviewEngine.Web.Api;
using ReviewEngine.Web.Cases;
using ReviewEngine.Web.Hosting;
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
app.UseErrorResponses();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRequestConnection();
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
