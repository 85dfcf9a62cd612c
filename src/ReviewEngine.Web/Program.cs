using ReviewEngine.Web.Hosting;
using ReviewEngine.Web.Workflows;

var builder = WebApplication.CreateBuilder(args);

// Database, workflow catalog and use cases (fails fast on an invalid workflows/ file).
builder.AddReviewEngineServices();
builder.Services.AddHealthChecks();

var app = builder.Build();

// Committed migrations, WAL; demo district and logins in Development only.
await app.InitialiseDatabaseAsync();

app.MapHealthChecks("/health");
app.MapGet("/", () => Results.Text("ReviewEngine 行政合法性审查 — API: /api/workflows", "text/plain; charset=utf-8"));
app.MapWorkflowEndpoints();

app.Run();

public partial class Program;
