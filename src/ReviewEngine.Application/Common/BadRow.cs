using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace ReviewEngine.Application.Common;

/// <summary>
/// What one bad stored row can throw while a list page or a background pass computes with it: a date pushed past
/// DateOnly's range, a value its JSON column cannot read, a missing workflow snapshot. Such a row is logged with its
/// case id and skipped, so it cannot take the page or the pass down for everyone (issue 18 H2). Cancellation and
/// database failures are not a row's fault and still fail the request or the tick.
/// </summary>
public static class BadRow
{
    public static bool IsRowFault(Exception ex) =>
        ex is not (OperationCanceledException or DbException or DbUpdateException or ConcurrencyConflictException);
}
