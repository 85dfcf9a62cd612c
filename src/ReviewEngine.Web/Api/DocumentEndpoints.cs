using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Api;

/// <summary>GET /api/cases/{id}/documents/{documentId}: the stored bytes, for viewers of the case only.</summary>
public static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/cases/{id:guid}/documents/{documentId:guid}", async (Guid id, Guid documentId, CurrentViewer me, IReviewDbContext db, CancellationToken ct) =>
        {
            var viewer = await me.GetAsync(ct);
            var visible = await db.ReviewCases.AsNoTracking().VisibleTo(db, viewer).AnyAsync(c => c.Id == id, ct);
            var document = visible ? await db.CaseDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.CaseId == id, ct) : null;
            var content = document is null ? null : await db.DocumentContents.AsNoTracking().FirstOrDefaultAsync(x => x.Sha256 == document.Sha256, ct);
            return content is null
                ? Results.Problem("未找到该文件", statusCode: StatusCodes.Status404NotFound)
                : Results.File(content.Bytes, document!.ContentType, ReviewEngine.Domain.Reviews.SafeFileName.From(document.FileName));
        }).RequireAuthorization().WithTags("cases");
    }
}
