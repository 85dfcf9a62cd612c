using ReviewEngine.Application.Templates;
using ReviewEngine.Domain.Templates;
using ReviewEngine.Web.Api;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Templates;

/// <summary>/api/templates: list, get, search the contract template library (范本库).</summary>
public static class TemplateEndpoints
{
    public static void MapTemplateEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/templates").RequireAuthorization().AddEndpointFilter<DomainExceptionFilter>().WithTags("templates");
        api.MapGet("/", (TemplateLibrary library) =>
            library.Templates.Select(t => new { templateId = t.Id, t.Title, t.Category, kind = t.Kind.ToLabel(), t.Version }));
        api.MapGet("/search", (string q, int? top, string? kind, string? category, ITemplateSearch search) =>
        {
            if (string.IsNullOrWhiteSpace(q) || q.Length > 200)
            {
                return Results.Problem("q: 须为 1–200 个字的检索词", statusCode: StatusCodes.Status400BadRequest);
            }

            ContractKind? parsedKind = kind is null ? null : ContractKindNames.TryParse(kind, out var k) ? k
                : throw new Application.Common.InvalidInputException($"kind: 须为 行政协议 或 民事合同（收到 '{kind}'）");
            return Results.Ok(search.Search(new TemplateSearchQuery(q, Math.Clamp(top ?? 5, 1, 50), parsedKind, category)));
        });
        api.MapGet("/precedents", async (string q, int? top, CurrentViewer me, SearchPrecedentsHandler precedents, CancellationToken ct) =>
            string.IsNullOrWhiteSpace(q) || q.Length > 200
                ? Results.Problem("q: 须为 1–200 个字的检索词", statusCode: StatusCodes.Status400BadRequest)
                : Results.Ok(await precedents.HandleAsync(new SearchPrecedentsQuery(await me.GetAsync(ct), q, Math.Clamp(top ?? 5, 1, 50)), ct)));
        api.MapGet("/{id}", (string id, TemplateLibrary library) => library.Find(id) is { } t ? Results.Ok(t) : Results.Problem("未找到该范本", statusCode: 404));
    }
}
