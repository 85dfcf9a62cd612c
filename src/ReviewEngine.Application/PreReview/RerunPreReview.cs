using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.PreReview;

public sealed record RerunPreReviewCommand(Guid CaseId, Actor Actor, Viewer? Viewer = null);

/// <summary>
/// 重新运行智能预审: a pre-review that did not finish when the document arrived (<see cref="ReviewCase.PreReviewProblem"/>)
/// is run again on the same stored document, by a reviewer of the case.
/// </summary>
public sealed class RerunPreReviewHandler(IReviewDbContext db, IWorkflowCatalog catalog, PinnedWorkflows pinned, TimeProvider clock,
    IPreReviewAnalyzer analyzer, PreReviewOnUpload preReview)
{
    public async Task<ReviewCase> HandleAsync(RerunPreReviewCommand cmd, CancellationToken ct = default)
    {
        var c = await CaseStore.LoadVisibleAsync(db, cmd.Viewer, cmd.CaseId, ct);
        c.EnsureMayRerunPreReview(cmd.Actor);
        var main = (await pinned.ForCaseAsync(c, ct)).Materials.FirstOrDefault()?.Id;
        var document = await db.CaseDocuments.AsNoTracking()
            .Where(d => d.CaseId == c.Id && d.MaterialId == main && d.Round <= c.Round)
            .OrderByDescending(d => d.Round).ThenByDescending(d => d.UploadedAtUtc)
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("本案的送审稿正文");
        var content = await db.DocumentContents.AsNoTracking().FirstOrDefaultAsync(x => x.Sha256 == document.Sha256, ct)
            ?? throw new NotFoundException("送审稿正文的内容");

        var outcome = analyzer.Analyze(c.Kind, c.Title, document.FileName, content.Bytes, c.Metadata);
        preReview.Record(c, document.Sha256, outcome, new ActionContext(cmd.Actor, clock.GetUtcNow(), catalog.Calendar));
        await CaseStore.SaveAsync(db, c, [], ct);
        return c;
    }
}
