using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Deadlines;
using ReviewEngine.Application.Experts;
using ReviewEngine.Application.Normative;

namespace ReviewEngine.Infrastructure.Deadlines;

public sealed record DeadlineTick(int Planned, int Cancelled, int Fired);

/// <summary>
/// One pass: plan, then claim and send each due row, every step in a fresh scope (a fresh context and transaction),
/// so one failed send never poisons the next. Several processors (instances) may run at once.
/// </summary>
public sealed class DeadlineProcessor(IServiceScopeFactory scopes, IOptions<DeadlineOptions> options, ILogger<DeadlineProcessor> logger)
{
    /// <summary>Identifies this instance's claims.</summary>
    public string InstanceId { get; } = $"{Environment.ProcessId}:{Guid.NewGuid():N}";

    public async Task<DeadlineTick> RunOnceAsync(CancellationToken ct = default)
    {
        var lease = options.Value.ClaimLease;
        var plan = await InScopeAsync<PlanDeadlineTimersHandler, DeadlinePlan>(h => h.HandleAsync(ct));
        var due = await InScopeAsync<FireDeadlineTimerHandler, IReadOnlyList<Guid>>(h => h.DueAsync(lease, ct));
        var fired = 0;
        var cancelled = plan.Cancelled;
        foreach (var id in due)
        {
            if (!await InScopeAsync<FireDeadlineTimerHandler, bool>(h => h.ClaimAsync(id, InstanceId, lease, ct)))
            {
                continue;
            }

            var outcome = await SendAsync(id, ct);
            fired += outcome == FireOutcome.Fired ? 1 : 0;
            cancelled += outcome == FireOutcome.Cancelled ? 1 : 0;
        }

        await CompleteOverdueConsultationsAsync(ct);

        // 备案/有效期 reminders of adopted normative documents ride on the same tick (own unit of work, sent once by key).
        // The handler leaves out a document whose dates cannot be computed, so one bad row stops no one else's reminder.
        await InScopeAsync<SendNormativeRemindersHandler, int>(h => h.HandleAsync(ct));
        return new DeadlineTick(plan.Planned, cancelled, fired);
    }

    /// <summary>Expert panels past their answer-by date complete on a quorum (each case in its own unit of work).</summary>
    private async Task CompleteOverdueConsultationsAsync(CancellationToken ct)
    {
        var overdue = await InScopeAsync<CompleteOverdueConsultationsHandler, IReadOnlyList<Guid>>(h => h.OverdueAsync(ct));
        foreach (var caseId in overdue)
        {
            try
            {
                await InScopeAsync<CompleteOverdueConsultationsHandler, bool>(h => h.CompleteAsync(caseId, ct));
            }
            catch (ConcurrencyConflictException ex)
            {
                logger.LogInformation("Consultation of case {CaseId} not completed this time: {Reason}", caseId, ex.Message);
            }
            catch (Exception ex) when (BadRow.IsRowFault(ex))
            {
                // A case that cannot be read or completed is skipped (and retried next tick); the others still complete.
                logger.LogError(ex, "Consultation of case {CaseId} not completed: the case cannot be read", caseId);
            }
        }
    }

    private async Task<FireOutcome> SendAsync(Guid id, CancellationToken ct)
    {
        try
        {
            return await InScopeAsync<FireDeadlineTimerHandler, FireOutcome>(h => h.SendAsync(id, InstanceId, ct));
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException || BadRow.IsRowFault(ex))
        {
            // A conflict is retried next tick; so is a timer whose case cannot be read, logged, while the rest are sent.
            if (ex is ConcurrencyConflictException)
            {
                logger.LogInformation("Deadline timer {TimerId} not sent this time: {Reason}", id, ex.Message);
            }
            else
            {
                logger.LogError(ex, "Deadline timer {TimerId} not sent: its case cannot be read", id);
            }

            await InScopeAsync<FireDeadlineTimerHandler, bool>(async h =>
            {
                await h.ReleaseAsync(id, InstanceId, ct);
                return true;
            });
            return FireOutcome.NotClaimed;
        }
    }

    private async Task<TResult> InScopeAsync<THandler, TResult>(Func<THandler, Task<TResult>> work)
        where THandler : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<THandler>());
    }
}
