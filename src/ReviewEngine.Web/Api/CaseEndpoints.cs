using Microsoft.AspNetCore.Http.HttpResults;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Experts;
using ReviewEngine.Application.Inbox;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Experts;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Documents;
using ReviewEngine.Web.Identity;

namespace ReviewEngine.Web.Api;

/// <summary>/api: inbox, case search, case details, submission, actions and task operations. Every call goes through the same access rules as the pages.</summary>
public static class CaseEndpoints
{
    public static void MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().AddEndpointFilter<DomainExceptionFilter>().WithTags("cases");

        api.MapGet("/me", async (CurrentViewer me, CancellationToken ct) => TypedResults.Ok(await me.GetAsync(ct)));

        api.MapGet("/inbox", async (CurrentViewer me, GetInboxHandler inbox, string? kind, InboxFilter? filter, InboxSort? sort, int? take, int? skip, CancellationToken ct) =>
            TypedResults.Ok(await inbox.HandleAsync(new InboxQuery(await me.GetAsync(ct), kind, filter ?? InboxFilter.All, sort ?? InboxSort.Due, take ?? InboxQuery.DefaultTake, skip ?? 0), ct)));

        api.MapGet("/cases", async (CurrentViewer me, SearchCasesHandler search, string? kind, string? township, string? state, bool? overdue,
            string? counterparty, decimal? minAmount, decimal? maxAmount, string? q, int? page, string? submitter, DateOnly? from, DateOnly? to, string? text,
            CancellationToken ct) =>
        {
            var (items, total) = await search.HandleAsync(new CaseSearchQuery(await me.GetAsync(ct), kind, township, state, overdue ?? false,
                counterparty, minAmount, maxAmount, q, page ?? 1, Submitter: submitter, SubmittedFrom: from, SubmittedTo: to, FullText: text), ct);
            return TypedResults.Ok(new CaseSearchPage(total, items));
        });

        api.MapGet("/cases/{id:guid}", async (Guid id, CurrentViewer me, GetCaseDetailsHandler details, CancellationToken ct) =>
            TypedResults.Ok(CaseViews.From(await details.HandleAsync(await me.GetAsync(ct), id, ct))));

        api.MapPost("/cases", SubmitAsync).Produces<SubmittedCase>(StatusCodes.Status201Created);
        api.MapPost("/cases/{id:guid}/actions", ActAsync);
        api.MapPost("/cases/{id:guid}/tasks/{taskId:guid}/{operation}", TaskAsync);
        api.MapPost("/cases/{id:guid}/consultation/decline", DeclineAsync);
    }

    private static async Task<IResult> SubmitAsync(SubmitCaseRequest body, CurrentViewer me, SubmitCaseHandler submit, UploadInspector inspector,
        IdempotentSubmissions idempotency, HttpRequest request, CancellationToken ct)
    {
        var viewer = await me.GetAsync(ct);
        var key = request.Headers.TryGetValue(IdempotentSubmissions.Header, out var values) ? values.ToString() : null;
        return await idempotency.RunAsync(viewer.UserId, key, () => SubmitOnceAsync(body, viewer, submit, inspector, ct));
    }

    private static async Task<IResult> SubmitOnceAsync(SubmitCaseRequest body, Viewer viewer, SubmitCaseHandler submit, UploadInspector inspector, CancellationToken ct)
    {
        ApiInput.CheckDocuments(body.Documents);
        var uploads = (body.Documents ?? []).Select(d => inspector.Inspect(d.FileName, ApiInput.Base64(d.Base64, "documents"), d.MaterialId)).ToList();
        if (!string.IsNullOrWhiteSpace(body.Text))
        {
            uploads.Add(UploadInspector.FromPastedText(body.Text, body.TextMaterialId));
        }

        var actor = viewer.ActAs(viewer.HasRole(Domain.Organisations.Roles.Drafter) ? Domain.Organisations.Roles.Drafter : viewer.Roles[0]);
        var c = await submit.HandleAsync(new SubmitCaseCommand(actor, body.Kind, body.Title, body.DraftingUnit ?? viewer.OrganisationName,
            body.Amount, body.Metadata ?? new Dictionary<string, string>(), uploads, body.Counterparty), ct);
        return TypedResults.Created($"/api/cases/{c.Id}", new SubmittedCase(c.Id, c.Number, c.State));
    }

    private static async Task<Ok<CaseActionResult>> ActAsync(Guid id, CaseActionRequest body, CurrentViewer me, PerformCaseActionHandler perform, CancellationToken ct)
    {
        var upload = body.DocumentBase64 is null ? null
            : new IncomingFile(body.DocumentName ?? "document.docx", ApiInput.Base64(body.DocumentBase64, "documentBase64"), body.MaterialId);
        ApiInput.CheckDocuments(body.Documents);
        var more = (body.Documents ?? []).Select(d => new IncomingFile(d.FileName, ApiInput.Base64(d.Base64, "documents"), d.MaterialId)).ToList();
        if (upload is null && more.Count > 0)
        {
            upload = more[0];
            more.RemoveAt(0);
        }

        var done = await perform.HandleAsync(new PerformCaseActionCommand(id, Actor: null, body.ToActionRequest(), upload, body.ExpectedVersion,
            await me.GetAsync(ct), ExpertInputOf(body), more), ct);
        return TypedResults.Ok(CaseActionResult.From(done.Case));
    }

    private static ExpertInput? ExpertInputOf(CaseActionRequest body)
    {
        if (body.Fields is null && body.Verdict is null && body.Points is null && body.Seed is null)
        {
            return null;
        }

        ExpertVerdict? verdict = null;
        if (body.Verdict is not null)
        {
            verdict = ExpertVerdicts.TryParse(body.Verdict, out var v) ? v
                : throw new Application.Common.InvalidInputException($"verdict: 未知论证结论 '{body.Verdict}'（可用：agree, agreeWithChanges, disagree）");
        }

        return new ExpertInput(body.Fields, verdict, body.Points, body.Seed);
    }

    private static async Task<Ok<ConsultationDeclineResult>> DeclineAsync(Guid id, DeclineConsultationRequest body, CurrentViewer me, DeclineConsultationHandler decline, CancellationToken ct)
    {
        var viewer = await me.GetAsync(ct);
        var c = await decline.HandleAsync(new DeclineConsultationCommand(id, viewer.ActAs(Domain.Organisations.Roles.Expert), body.Reason ?? "", body.ExpectedVersion, viewer), ct);
        return TypedResults.Ok(new ConsultationDeclineResult(c.Id, c.State, c.Version));
    }

    private static async Task<Ok<CaseTaskResult>> TaskAsync(Guid id, Guid taskId, string operation, TaskOperationRequest? body, CurrentViewer me,
        ManageTaskHandler tasks, CancellationToken ct)
    {
        var op = operation switch
        {
            "claim" => TaskOperation.Claim,
            "release" => TaskOperation.Release,
            "reassign" => TaskOperation.Reassign,
            _ => throw new Application.Common.InvalidInputException($"operation: 未知任务操作 '{operation}'（可用：claim, release, reassign）"),
        };
        var c = await tasks.HandleAsync(new ManageTaskCommand(id, taskId, Actor: null, op, body?.ToUserId, body?.Reason, body?.ExpectedVersion, await me.GetAsync(ct)), ct);
        return TypedResults.Ok(CaseTaskResult.From(c));
    }
}

public sealed record SubmitCaseRequest(
    string Kind,
    string Title,
    string? DraftingUnit = null,
    decimal? Amount = null,
    string? Counterparty = null,
    Dictionary<string, string>? Metadata = null,
    IReadOnlyList<UploadedDocument>? Documents = null,
    string? Text = null,
    string? TextMaterialId = null);

public sealed record UploadedDocument(string FileName, string Base64, string? MaterialId = null);

/// <summary>GET /api/cases: one page of the cases the viewer may see, and how many match in all.</summary>
public sealed record CaseSearchPage(int Total, IReadOnlyList<CaseSummary> Items);

/// <summary>POST /api/cases (201, Location /api/cases/{id}): the opened case.</summary>
public sealed record SubmittedCase(Guid Id, string Number, string State);

/// <summary>POST /api/cases/{id}/consultation/decline: the case after the decline (a refill draw may have moved it on).</summary>
public sealed record ConsultationDeclineResult(Guid Id, string State, long Version);
