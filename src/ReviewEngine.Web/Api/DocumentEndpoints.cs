using Microsoft.AspNetCore.Http.HttpResults;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Api;

/// <summary>GET /api/cases/{id}/documents/{documentId}: the stored bytes, as an attachment, for those who may see them.</summary>
public static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/cases/{id:guid}/documents/{documentId:guid}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, Guid documentId, CurrentViewer me,
            GetCaseDocumentHandler documents, CancellationToken ct) =>
        {
            var found = await documents.HandleAsync(await me.GetAsync(ct), id, documentId, ct);
            return found is null
                ? TypedResults.Problem("未找到该文件", statusCode: StatusCodes.Status404NotFound)
                : TypedResults.File(found.Bytes, found.Document.ContentType, SafeFileName.From(found.Document.FileName));
        }).RequireAuthorization().WithTags("cases");
    }
}
