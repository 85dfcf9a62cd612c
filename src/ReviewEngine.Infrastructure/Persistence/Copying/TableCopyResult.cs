namespace ReviewEngine.Infrastructure.Persistence.Copying;

/// <summary>One table of a database copy: rows written and how long it took.</summary>
public sealed record TableCopyResult(string Table, long Rows, TimeSpan Elapsed);
