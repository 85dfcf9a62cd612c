using System.Linq.Expressions;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Inbox;

/// <summary>The work-item columns an inbox line needs; all of them are in IX_WorkItems_Inbox, so no table read.</summary>
internal sealed record TaskRow(Guid Id, Guid CaseId, string Role, string? AssigneeId, DateOnly? DueOn, DateTime CreatedAtUtc)
{
    public static readonly Expression<Func<WorkItem, TaskRow>> Projection =
        t => new TaskRow(t.Id, t.CaseId, t.Role, t.AssigneeId, t.DueOn, t.CreatedAtUtc);

    /// <summary>
    /// Due first, undated last, then oldest first. Ties keep each branch's database order (the merge is stable), so
    /// pages computed from longer prefixes agree with shorter ones.
    /// </summary>
    public static readonly Comparison<TaskRow> DueOrder = (a, b) =>
    {
        var undated = (a.DueOn is null).CompareTo(b.DueOn is null);
        if (undated != 0)
        {
            return undated;
        }

        var due = Nullable.Compare(a.DueOn, b.DueOn);
        return due != 0 ? due : a.CreatedAtUtc.CompareTo(b.CreatedAtUtc);
    };
}
