using Microsoft.AspNetCore.Http.HttpResults;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Web.Workflows;

/// <summary>Read-only workflow catalogue for integrators: definitions, diagrams, the working-day calendar.</summary>
public static class WorkflowEndpoints
{
    public static void MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("workflows");
        api.MapGet("/workflows", (IWorkflowCatalog catalog) => TypedResults.Ok(catalog.Workflows.Select(w => WorkflowListing.From(w.Definition))));
        api.MapGet("/workflows/{id}/diagram", Results<ContentHttpResult, NotFound> (string id, IWorkflowCatalog catalog) =>
            catalog.Find(id) is { } w ? TypedResults.Text(ReviewMachineFactory.Mermaid(w.Definition), "text/plain; charset=utf-8") : TypedResults.NotFound())
            .Produces<string>(StatusCodes.Status200OK, "text/plain");
        api.MapGet("/calendar/add-working-days", Results<Ok<WorkingDaysResult>, ProblemHttpResult> (DateOnly start, int n, IWorkflowCatalog catalog) =>
        {
            if (n is < 0 or > 3650)
            {
                return TypedResults.Problem($"n: {n} 须在 0 到 3650 之间", statusCode: StatusCodes.Status400BadRequest);
            }

            if (start.Year is < WorkingDayCalendar.MinYear or > WorkingDayCalendar.MaxYear)
            {
                return TypedResults.Problem($"start: 年份须在 {WorkingDayCalendar.MinYear} 到 {WorkingDayCalendar.MaxYear} 之间", statusCode: StatusCodes.Status400BadRequest);
            }

            var due = catalog.Calendar.AddWorkingDays(start, n);
            return TypedResults.Ok(new WorkingDaysResult(start.ToString("yyyy-MM-dd"), n, due.Date.ToString("yyyy-MM-dd"), due.Provisional));
        });
    }
}

/// <summary>GET /api/workflows: a definition's identity, the matter kinds it serves and its states.</summary>
public sealed record WorkflowListing(string Id, int Version, string Title, IReadOnlyList<string> Kinds, IEnumerable<WorkflowStateListing> States)
{
    public static WorkflowListing From(WorkflowDefinition d) =>
        new(d.Id, d.Version, d.Title, d.Kinds, d.States.Select(s => new WorkflowStateListing(s.Id, s.Label, s.IsEnd)));
}

public sealed record WorkflowStateListing(string Id, string Label, bool IsEnd);

/// <summary>GET /api/calendar/add-working-days: the due date (yyyy-MM-dd); provisional when a year's holidays are not yet published.</summary>
public sealed record WorkingDaysResult(string Start, int WorkingDays, string Due, bool Provisional);
