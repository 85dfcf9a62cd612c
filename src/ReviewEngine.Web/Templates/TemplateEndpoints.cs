using Microsoft.AspNetCore.Http.HttpResults;
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
        api.MapGet("/", (TemplateLibrary library) => TypedResults.Ok(library.Templates.Select(TemplateListing.From)));
        api.MapGet("/search", Results<Ok<IReadOnlyList<TemplateSearchHit>>, ProblemHttpResult> (string q, int? top, string? kind, string? category, ITemplateSearch search) =>
        {
            if (!IsSearchTerm(q))
            {
                return BadSearchTerm();
            }

            ContractKind? parsedKind = kind is null ? null : ContractKindNames.TryParse(kind, out var k) ? k
                : throw new Application.Common.InvalidInputException($"kind: 须为 行政协议 或 民事合同（收到 '{kind}'）");
            return TypedResults.Ok(search.Search(new TemplateSearchQuery(q, Math.Clamp(top ?? 5, 1, 50), parsedKind, category)));
        });
        api.MapGet("/precedents", async Task<Results<Ok<IReadOnlyList<Precedent>>, ProblemHttpResult>> (string q, int? top, CurrentViewer me,
            SearchPrecedentsHandler precedents, CancellationToken ct) =>
            IsSearchTerm(q)
                ? TypedResults.Ok(await precedents.HandleAsync(new SearchPrecedentsQuery(await me.GetAsync(ct), q, Math.Clamp(top ?? 5, 1, 50)), ct))
                : BadSearchTerm());
        api.MapGet("/{id}", Results<Ok<ContractTemplate>, ProblemHttpResult> (string id, TemplateLibrary library) =>
            library.Find(id) is { } t ? TypedResults.Ok(t) : TypedResults.Problem("未找到该范本", statusCode: StatusCodes.Status404NotFound));
    }

    private static bool IsSearchTerm(string q) => !string.IsNullOrWhiteSpace(q) && q.Length <= 200;

    private static ProblemHttpResult BadSearchTerm() => TypedResults.Problem("q: 须为 1–200 个字的检索词", statusCode: StatusCodes.Status400BadRequest);
}

/// <summary>GET /api/templates: one template of the library, without its fields and clauses.</summary>
public sealed record TemplateListing(string TemplateId, string Title, string Category, string Kind, string Version)
{
    public static TemplateListing From(ContractTemplate t) => new(t.Id, t.Title, t.Category, t.Kind.ToLabel(), t.Version);
}
