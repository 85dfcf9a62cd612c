using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Experts;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Experts;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Web.Cases;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Pages.Cases;

public sealed class DetailsModel(CurrentViewer me, GetCaseDetailsHandler details, PerformCaseActionHandler perform, ManageTaskHandler tasks,
    IReviewDbContext db, ReviewEngine.Application.PreReview.DecideFindingHandler decideFinding, ReviewEngine.Application.PreReview.RerunPreReviewHandler rerunPreReview,
    ReviewEngine.Application.Contracts.GetClauseDifferencesHandler clauseDifferences, GetConsultationsHandler consultations,
    ReviewEngine.Application.Opinions.PreviewOpinionLetterHandler letterPreview, ReviewEngine.Application.Opinions.IDocumentPdfConverter pdf) : PageModel
{
    /// <summary>预览即出具: the SHA-256 of the letter approving now would issue, shown next to the approval form and
    /// posted back with it; null when the viewer has no approval to give.</summary>
    public string? LetterPreviewSha256 { get; private set; }

    public CaseDetails Details { get; private set; } = null!;
    public Viewer Viewer { get; private set; } = null!;
    public IReadOnlyList<UserAccount> Experts { get; private set; } = [];
    public IReadOnlyList<UserAccount> Colleagues { get; private set; } = [];

    /// <summary>专家论证 of the case: the whole panel for staff, their own entry for an expert.</summary>
    public IReadOnlyList<ConsultationView> Consultations { get; private set; } = [];

    /// <summary>The fields the pool's active experts cover, offered when asking for a consultation.</summary>
    public IReadOnlyList<string> ExpertFields { get; private set; } = [];

    /// <summary>The open consultation the viewer is invited to and has not answered.</summary>
    public ConsultationView? MyOpenConsultation => Consultations.FirstOrDefault(v => v.IsOpen
        && v.Consultation.Members.Any(m => m.UserId == Viewer.UserId && m.Status == PanelMemberStatus.Invited));
    public IReadOnlyList<RoundDiff.Line>? Diff { get; private set; }
    public string? DiffTitle { get; private set; }
    public string? Error { get; private set; }

    /// <summary>For a contract generated from a standard template: which clauses differ from it.</summary>
    public ReviewEngine.Application.Contracts.ClauseDifferences? ClauseDiff { get; private set; }

    /// <summary>Confirmed pre-review findings become the opinion form's first issue rows.</summary>
    public IReadOnlyList<CaseFinding> ConfirmedFindings => Details.Findings.Where(f => f.Status == FindingStatus.Confirmed).Take(5).ToList();

    public bool MayDecideFindings => !Details.Case.IsClosed && Viewer.Roles.Any(r => r is Roles.Reviewer or Roles.ReviewLead or Roles.Lawyer)
        && Viewer.UserId != Details.Case.DrafterId;

    /// <summary>下载卷宗 is offered to township and district staff (<see cref="ReviewEngine.Application.CaseFiles.CaseFileAccess"/>).</summary>
    public bool MayDownloadCaseFile => ReviewEngine.Application.CaseFiles.CaseFileAccess.MayDownload(Viewer);

    [BindProperty] public ActionForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>The letter approving now would issue: PDF (LibreOffice) to read in the browser, or the .docx itself;
    /// both carry the .docx's SHA-256 in X-Document-Sha256.</summary>
    public async Task<IActionResult> OnGetLetterPreviewAsync(Guid id, string? format, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || ApprovalAction() is not { } action)
        {
            return NotFound();
        }

        var letter = await letterPreview.HandleAsync(id, Viewer.ActAs(action.ActingRole), ct);
        Response.Headers["X-Document-Sha256"] = letter.Sha256;
        if (format == "pdf" && await pdf.ToPdfAsync(letter.Bytes, ct) is { } rendered)
        {
            return File(rendered, "application/pdf");
        }

        return File(letter.Bytes, ReviewEngine.Application.Contracts.GeneratedDocument.DocxContentType, letter.FileName);
    }

    public async Task<IActionResult> OnPostActAsync(Guid id, CancellationToken ct)
    {
        Viewer = await me.GetAsync(ct);
        try
        {
            var expert = Form.Fields.Count > 0 ? new ExpertInput(Form.Fields) : null;
            var files = await SupplementUploadsAsync(ct);
            if (await UploadAsync(ct) is { } single)
            {
                files.Insert(0, single);
            }

            var done = await perform.HandleAsync(new PerformCaseActionCommand(id, Actor: null, Form.ToRequest(), files.FirstOrDefault(), Form.ExpectedVersion,
                Viewer, expert, files.Skip(1).ToList()), ct);
            TempData["Message"] = $"已完成：{done.Action.Label}";
            return Redirect($"/Cases/Details/{id}");
        }
        catch (DomainException ex)
        {
            return await FailAsync(id, ex, ct);
        }
    }

    public async Task<IActionResult> OnPostTaskAsync(Guid id, Guid taskId, string operation, string? toUserId, string? reason, long? expectedVersion, CancellationToken ct)
    {
        Viewer = await me.GetAsync(ct);
        try
        {
            var op = operation switch { "claim" => TaskOperation.Claim, "release" => TaskOperation.Release, _ => TaskOperation.Reassign };
            await tasks.HandleAsync(new ManageTaskCommand(id, taskId, Actor: null, op, toUserId, reason, expectedVersion, Viewer), ct);
            TempData["Message"] = op switch { TaskOperation.Claim => "已认领任务", TaskOperation.Release => "已释放任务", _ => "已转办" };
            return Redirect($"/Cases/Details/{id}");
        }
        catch (DomainException ex)
        {
            return await FailAsync(id, ex, ct);
        }
    }

    public async Task<IActionResult> OnPostFindingAsync(Guid id, Guid findingId, bool confirm, string? reason, CancellationToken ct)
    {
        Viewer = await me.GetAsync(ct);
        try
        {
            await decideFinding.HandleAsync(new ReviewEngine.Application.PreReview.DecideFindingCommand(id, findingId, Viewer.ActAs(ReviewerRole), confirm, reason, Viewer), ct);
            TempData["Message"] = confirm ? "已确认该预审提示" : "已排除该预审提示";
            return Redirect($"/Cases/Details/{id}#prereview");
        }
        catch (DomainException ex)
        {
            return await FailAsync(id, ex, ct);
        }
    }

    public async Task<IActionResult> OnPostRerunPreReviewAsync(Guid id, CancellationToken ct)
    {
        Viewer = await me.GetAsync(ct);
        try
        {
            var c = await rerunPreReview.HandleAsync(new ReviewEngine.Application.PreReview.RerunPreReviewCommand(id, Viewer.ActAs(ReviewerRole), Viewer), ct);
            TempData["Message"] = c.PreReviewProblem ?? "已重新运行智能预审";
            return Redirect($"/Cases/Details/{id}#prereview");
        }
        catch (DomainException ex)
        {
            return await FailAsync(id, ex, ct);
        }
    }

    /// <summary>The role a reviewer acts in on pre-review findings (the domain refuses any other role with its reason).</summary>
    private string ReviewerRole => Viewer.Roles.FirstOrDefault(r => r is Roles.Reviewer or Roles.ReviewLead or Roles.Lawyer) ?? Viewer.Roles[0];

    private async Task<IActionResult> FailAsync(Guid id, DomainException ex, CancellationToken ct)
    {
        if (ex is NotFoundException || !await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Error = ex.Message;
        Response.StatusCode = Api.ApiErrors.StatusFor(ex);
        return Page();
    }

    /// <summary>The file or pasted text sent with the form, as received; the action inspects it once it is known to go ahead.</summary>
    private async Task<IncomingFile?> UploadAsync(CancellationToken ct)
    {
        var material = string.IsNullOrEmpty(Form.MaterialId) ? null : Form.MaterialId;
        var file = Request.Form.Files.GetFile("Form.File");
        if (file is not null && file.Length > 0)
        {
            using var stream = new MemoryStream();
            await file.CopyToAsync(stream, ct);
            return new IncomingFile(file.FileName, stream.ToArray(), material);
        }

        return string.IsNullOrWhiteSpace(Form.DocumentText) ? null : IncomingFile.PastedText(Form.DocumentText, material);
    }

    /// <summary>补正 answered in one trip: the files chosen beside each checklist item (input <c>SupplementFile.{itemId}</c>).</summary>
    private async Task<List<IncomingFile>> SupplementUploadsAsync(CancellationToken ct)
    {
        const string prefix = "SupplementFile.";
        var result = new List<IncomingFile>();
        if (!Request.HasFormContentType)
        {
            return result;
        }

        foreach (var file in Request.Form.Files)
        {
            if (!file.Name.StartsWith(prefix, StringComparison.Ordinal) || file.Length == 0)
            {
                continue;
            }

            using var stream = new MemoryStream();
            await file.CopyToAsync(stream, ct);
            result.Add(new IncomingFile(file.FileName, stream.ToArray(), file.Name[prefix.Length..]));
        }

        return result;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Viewer ??= await me.GetAsync(ct);
        try
        {
            Details = await details.HandleAsync(Viewer, id, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        // Each read below only when the page shows its result (docs/benchmarks.md, 案件详情: 11 → 6 statements for a reviewer).
        if (MayReassign() || Details.Actions.Any(a => a.Availability.Available && a.Definition.HasGuard(ReviewEngine.Domain.Workflows.GuardKind.RequiresAssignees)))
        {
            var users = await db.UserAccounts.AsNoTracking().Where(u => u.IsActive).ToListAsync(ct);
            Experts = users.Where(u => u.HasRole(Roles.Expert)).ToList();
            Colleagues = users.Where(u => u.OrganisationId == Details.Case.TownshipId || u.OrganisationId == Details.Case.DistrictId).ToList();
        }

        if (MayHaveConsultations())
        {
            Consultations = await consultations.ForVisibleCaseAsync(Viewer, Details.Case, ct);
        }

        if (Details.Actions.Any(a => a.Availability.Available && ExpertPanels.OpensConsultation(Details.Workflow, a.Definition)))
        {
            var pool = await db.Experts.AsNoTracking().Where(e => e.Status == ExpertStatus.Active).ToListAsync(ct);
            ExpertFields = pool.SelectMany(e => e.Fields).Distinct().Order(StringComparer.Ordinal).ToList();
        }
        await LoadDiffAsync(ct);
        ClauseDiff = await clauseDifferences.HandleAsync(Details.Case, Details.Documents, ct);
        if (ApprovalAction() is { } approval)
        {
            LetterPreviewSha256 = (await letterPreview.HandleAsync(id, Viewer.ActAs(approval.ActingRole), ct)).Sha256;
        }

        return true;
    }

    /// <summary>转办 is offered on each open task to a lead, registrar or district reviewer (the same roles as the page's form).</summary>
    private bool MayReassign() => Details.OpenTasks.Count > 0 && Viewer.Roles.Any(r => r is Roles.ReviewLead or Roles.Registrar or Roles.DistrictReviewer);

    /// <summary>
    /// A consultation exists only once an action that opens one was taken, which the timeline records; an expert's
    /// timeline shows only their own steps (ExpertIndependence), so for them the consultations are always read.
    /// </summary>
    private bool MayHaveConsultations()
    {
        if (Viewer.Roles.All(r => r == Roles.Expert))
        {
            return true;
        }

        var opening = Details.Workflow.States.SelectMany(s => s.Actions).Where(a => ExpertPanels.OpensConsultation(Details.Workflow, a)).Select(a => a.Id).ToHashSet();
        return Details.Timeline.Any(e => opening.Contains(e.Action));
    }

    /// <summary>The available action that approves the opinion and so issues the letter (records: opinionApproval).</summary>
    private ActionView? ApprovalAction() => Details.Case.Opinion is null ? null
        : Details.Actions.FirstOrDefault(a => a.Availability.Available && a.Definition.Records == ReviewEngine.Domain.Workflows.ActionRecord.OpinionApproval);

    private async Task LoadDiffAsync(CancellationToken ct)
    {
        var main = Details.Workflow.Materials.FirstOrDefault()?.Id;
        var versions = Details.Documents.Where(d => d.MaterialId == main).ToList();
        if (versions.Count < 2)
        {
            return;
        }

        var (older, newer) = (versions[^2], versions[^1]);
        var hashes = new[] { older.Sha256, newer.Sha256 };
        var contents = await db.DocumentContents.AsNoTracking().Where(c => hashes.Contains(c.Sha256)).ToDictionaryAsync(c => c.Sha256, ct);
        if (contents.Count == hashes.Distinct().Count())
        {
            Diff = RoundDiff.Between(contents[older.Sha256], older, contents[newer.Sha256], newer);
            DiffTitle = $"第{older.Round}轮「{older.FileName}」→ 第{newer.Round}轮「{newer.FileName}」";
        }
    }
}
