namespace ReviewEngine.Application.Statistics;

/// <summary>One table of the 统计 page, in the shape both the page and the .xlsx export use: a header row, then cells (string, int or double).</summary>
public sealed record StatisticsTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);
