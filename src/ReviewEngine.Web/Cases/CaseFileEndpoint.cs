using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.CaseFiles;
using ReviewEngine.Application.Common;
using ReviewEngine.Infrastructure.CaseFiles;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Cases;

/// <summary>
/// 下载卷宗 on the case page: the same ZIP as `review cases export` (one <see cref="CaseFileExporter"/>), for a viewer
/// who sees the case and may take its whole file (<see cref="CaseFileAccess"/>). A page path, so refusals are HTML pages.
/// </summary>
public static class CaseFileEndpoint
{
    public static string PathFor(Guid caseId) => $"/Cases/CaseFile/{caseId}";

    public static void MapCaseFileDownload(this IEndpointRouteBuilder app) =>
        app.MapGet("/Cases/CaseFile/{id:guid}", DownloadAsync).RequireAuthorization().ExcludeFromDescription();

    private static async Task<Results<NotFound, ForbidHttpResult, FileStreamHttpResult>> DownloadAsync(Guid id, CurrentViewer me, IReviewDbContext db, CaseFileExporter exporter, CancellationToken ct)
    {
        var viewer = await me.GetAsync(ct);
        var number = await db.ReviewCases.AsNoTracking().VisibleTo(db, viewer).Where(c => c.Id == id).Select(c => c.Number).FirstOrDefaultAsync(ct);
        if (number is null)
        {
            return TypedResults.NotFound();
        }

        if (!CaseFileAccess.MayDownload(viewer))
        {
            return TypedResults.Forbid();
        }

        var zip = new MemoryStream();
        await exporter.ExportAsync(id, zip, ct);
        zip.Position = 0;
        return TypedResults.File(zip, "application/zip", $"卷宗-{number}.zip");
    }
}
