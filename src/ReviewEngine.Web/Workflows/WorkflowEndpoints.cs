using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Web.Workflows;

/// <summary>Read-only workflow catalogue for integrators: definitions, diagrams, the working-day calendar.</summary>
public static class WorkflowEndpoints
{
    public static void MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("workflows");
        api.MapGet("/workflows", (IWorkflowCatalog catalog) => catalog.Workflows.Select(w => new
        {
            w.Definition.Id,
            w.Definition.Version,
            w.Definition.Title,
            w.Definition.Kinds,
            States = w.Definition.States.Select(s => new { s.Id, s.Label, s.IsEnd }),
        }));
        api.MapGet("/workflows/{id}/diagram", (string id, IWorkflowCatalog catalog) =>
            catalog.Find(id) is { } w ? Results.Text(ReviewMachineFactory.Mermaid(w.Definition), "text/plain; charset=utf-8") : Results.NotFound());
        api.MapGet("/calendar/add-working-days", (DateOnly start, int n, IWorkflowCatalog catalog) =>
        {
            if (n is < 0 or > 3650)
            {
                return Results.Problem($"n: {n} 须在 0 到 3650 之间", statusCode: 400);
            }

            if (start.Year is < WorkingDayCalendar.MinYear or > WorkingDayCalendar.MaxYear)
            {
                return Results.Problem($"start: 年份须在 {WorkingDayCalendar.MinYear} 到 {WorkingDayCalendar.MaxYear} 之间", statusCode: 400);
            }

            var due = catalog.Calendar.AddWorkingDays(start, n);
            return Results.Ok(new { start = start.ToString("yyyy-MM-dd"), workingDays = n, due = due.Date.ToString("yyyy-MM-dd"), provisional = due.Provisional });
        });
    }
}
