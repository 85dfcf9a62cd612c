using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Experts;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Experts;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Pages.Consultations;

/// <summary>
/// One consultation for the invited expert: the materials, the answer-by date, and the two answers — a signed
/// opinion (verdict, text, points) or a decline with a reason. Anyone not on the panel gets 404.
/// </summary>
public sealed class AnswerModel(CurrentViewer me, GetConsultationsHandler consultations, GetCaseDetailsHandler details,
    PerformCaseActionHandler perform, DeclineConsultationHandler decline) : PageModel
{
    public MyConsultation Item { get; private set; } = null!;
    public string? Error { get; private set; }

    [BindProperty] public string? Verdict { get; set; }
    [BindProperty] public string? Text { get; set; }

    /// <summary>One point per line.</summary>
    [BindProperty] public string? Points { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public long? ExpectedVersion { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostOpinionAsync(Guid id, CancellationToken ct) => RunAsync(id, "已提交论证意见", async (viewer, item) =>
    {
        if (!ExpertVerdicts.TryParse(Verdict, out var verdict))
        {
            throw new InvalidInputException("请选择论证结论：同意、修改后同意或不同意");
        }

        var view = await details.HandleAsync(viewer, item.CaseId, ct);
        var action = view.Actions.FirstOrDefault(a => a.Availability.Available && ExpertPanels.IsAnswer(view.Workflow.State(view.Case.State), a.Definition))
            ?? throw new ActionNotAllowedException(["论证已结束，或您已答复"]);
        var points = (Points ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        await perform.HandleAsync(new PerformCaseActionCommand(item.CaseId, Actor: null, new ActionRequest(action.Availability.ActionId, Comment: Text),
            null, ExpectedVersion, viewer, new ExpertInput(Verdict: verdict, Points: points)), ct);
    }, ct);

    public Task<IActionResult> OnPostDeclineAsync(Guid id, CancellationToken ct) => RunAsync(id, "已拒绝参加本次论证", (viewer, item) =>
        decline.HandleAsync(new DeclineConsultationCommand(item.CaseId, viewer.ActAs(Roles.Expert), Reason ?? "", ExpectedVersion, viewer), ct), ct);

    private async Task<IActionResult> RunAsync(Guid id, string done, Func<Viewer, MyConsultation, Task> work, CancellationToken ct)
    {
        var viewer = await me.GetAsync(ct);
        try
        {
            var item = await consultations.OneAsync(viewer, id, ct);
            await work(viewer, item);
            TempData["Message"] = done;
            return Redirect($"/Consultations/{id}");
        }
        catch (DomainException ex) when (ex is not NotFoundException)
        {
            if (!await LoadAsync(id, ct))
            {
                return NotFound();
            }

            Error = ex.Message;
            Response.StatusCode = Api.ApiErrors.StatusFor(ex);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Item = await consultations.OneAsync(await me.GetAsync(ct), id, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
