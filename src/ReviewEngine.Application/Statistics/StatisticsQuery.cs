using ReviewEngine.Application.Access;

namespace ReviewEngine.Application.Statistics;

/// <summary>统计 filters: a period in China dates (inclusive), optionally one matter kind and one township; always within what the viewer may see.</summary>
public sealed record StatisticsQuery(Viewer Viewer, DateOnly From, DateOnly To, string? Kind = null, string? TownshipId = null);
