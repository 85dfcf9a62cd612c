namespace ReviewEngine.Application.Inbox;

/// <summary>The inbox's due-date order as both databases apply it, so lines read in several branches sort here the same.</summary>
internal static class InboxLineOrder
{
    /// <summary>
    /// Due first, undated last, then oldest first, then by task id. An id compares as its upper-case text on SQLite (EF
    /// Core stores a Guid as TEXT) and by its bytes on PostgreSQL (uuid): both are the ordinal order of the hex string.
    /// </summary>
    public static readonly IComparer<InboxLine> ByDue = Comparer<InboxLine>.Create((a, b) =>
    {
        var undated = (a.DueOn is null).CompareTo(b.DueOn is null);
        if (undated != 0)
        {
            return undated;
        }

        var due = Nullable.Compare(a.DueOn, b.DueOn);
        if (due != 0)
        {
            return due;
        }

        var created = a.CreatedAtUtc.CompareTo(b.CreatedAtUtc);
        return created != 0 ? created : string.CompareOrdinal(a.TaskId.ToString("D"), b.TaskId.ToString("D"));
    });
}
