using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Reviews;

public sealed record SubmitCaseCommand(
    Actor Actor,
    string Kind,
    string Title,
    string DraftingUnit,
    decimal? Amount,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<DocumentUpload> Documents,
    string? Counterparty = null,
    string? SubmissionKey = null);

/// <summary>送审: opens a case in the workflow for its kind, pinned to the current version of that workflow.</summary>
public sealed class SubmitCaseHandler(IReviewDbContext db, IWorkflowCatalog catalog, PinnedWorkflows pinned, TimeProvider clock, PreReview.PreReviewOnUpload preReview,
    ICaseDocumentIndex? documentIndex = null)
{
    private const int NumberAttempts = 5;

    /// <summary>
    /// Case numbers are the township's count plus one, so two drafters submitting at the same moment compute the same
    /// number and the unique index refuses the second. The loser starts again with a fresh number instead of failing
    /// (found by scripts/crash-test.sh: two concurrent drafters of one township lost half their submissions).
    /// </summary>
    public async Task<ReviewCase> HandleAsync(SubmitCaseCommand cmd, CancellationToken ct = default)
    {
        InputLimits.CheckSubmission(cmd);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SubmitOnceAsync(cmd, ct);
            }
            catch (ConcurrencyConflictException) when (attempt < NumberAttempts)
            {
                db.DiscardChanges();
            }
        }
    }

    private async Task<ReviewCase> SubmitOnceAsync(SubmitCaseCommand cmd, CancellationToken ct)
    {
        // A kind the law knows but no workflow file receives (重大行政执法决定 today) is as unusable as an unknown one.
        var received = catalog.Workflows.SelectMany(w => w.Definition.Kinds).ToList();
        if (!MatterKind.IsKnown(cmd.Kind) || !received.Contains(cmd.Kind))
        {
            throw new InvalidInputException($"kind: 未知或未受理的审查事项类型 '{cmd.Kind}'（可用：{string.Join(", ", received)}）");
        }

        var township = await db.Organisations.FirstOrDefaultAsync(o => o.Id == cmd.Actor.OrganisationId, ct)
            ?? throw new InvalidInputException($"未知机构 '{cmd.Actor.OrganisationId}'");
        var workflow = catalog.ForKind(cmd.Kind);
        CheckNormativeMetadata(cmd, workflow.Definition);
        InputLimits.CheckMaterials(cmd.Documents, workflow.Definition);
        await pinned.EnsureSnapshotAsync(workflow, ct);
        var now = clock.GetUtcNow();
        var number = await NextNumberAsync(township.Id, now.Year, ct);
        var submission = new CaseSubmission(number, cmd.Title, cmd.Kind, township.Id, township.ParentId ?? township.Id,
            cmd.DraftingUnit, cmd.Amount, cmd.Metadata, cmd.Documents.Select(d => d.Input).ToArray(), cmd.Counterparty, cmd.SubmissionKey);
        var ctx = new ActionContext(cmd.Actor, now, catalog.Calendar);
        var c = ReviewCase.Submit(submission, workflow.Definition, ctx);
        db.ReviewCases.Add(c);
        preReview.Run(c, workflow.Definition, cmd.Documents, ctx);
        await CaseStore.SaveAsync(db, c, cmd.Documents, ct);
        documentIndex?.Add(cmd.Documents.Select(d => new CaseDocumentSource(c.Id, d.Input.Sha256, d.Input.FileName, d.Bytes)).ToList());
        return c;
    }

    /// <summary>Like <see cref="HandleAsync"/>, but a repeated submission key returns the case it already opened.</summary>
    public async Task<(ReviewCase Case, bool Created)> HandleIdempotentAsync(SubmitCaseCommand cmd, CancellationToken ct = default)
    {
        if (cmd.SubmissionKey is { } key)
        {
            var existing = await db.ReviewCases.AsNoTracking().FirstOrDefaultAsync(c => c.DrafterId == cmd.Actor.UserId && c.SubmissionKey == key, ct);
            if (existing is not null)
            {
                return (existing, false);
            }
        }

        try
        {
            return (await HandleAsync(cmd, ct), true);
        }
        catch (ConcurrencyConflictException) when (cmd.SubmissionKey is not null)
        {
            // Two posts of the same form raced: the unique (drafter, key) index let one through.
            var winner = await db.ReviewCases.AsNoTracking().FirstOrDefaultAsync(c => c.DrafterId == cmd.Actor.UserId && c.SubmissionKey == cmd.SubmissionKey, ct);
            return winner is null ? throw new ConcurrencyConflictException("（新送审）") : (winner, false);
        }
    }

    /// <summary>A normative document's dates must be computable for as long as it lives on the list and in the reminder pass.</summary>
    private static void CheckNormativeMetadata(SubmitCaseCommand cmd, Domain.Workflows.WorkflowDefinition workflow)
    {
        if (cmd.Kind != MatterKind.NormativeDocument)
        {
            return;
        }

        var problems = Domain.Normative.NormativeMetadata.Problems(cmd.Metadata, workflow.DeadlineLadder.Normative.MaxValidityYears);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(string.Join("；", problems));
        }
    }

    /// <summary>Case numbers run per township and year; a unique index catches the rare race between two submissions.</summary>
    private async Task<string> NextNumberAsync(string townshipId, int year, CancellationToken ct)
    {
        var prefix = $"{townshipId}-{year}-";
        // A range on the unique Number index, not LIKE: SQLite cannot use the index for a parameterised LIKE (100,000 cases).
        var end = prefix[..^1] + (char)(prefix[^1] + 1);
        var count = await db.ReviewCases.CountAsync(c => c.Number.CompareTo(prefix) >= 0 && c.Number.CompareTo(end) < 0, ct);
        return $"{prefix}{count + 1:D4}";
    }
}
