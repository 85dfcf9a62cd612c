namespace ReviewEngine.Domain.Experts;

/// <summary>The outcome of a draw: enough to re-run it (seed, request) and to show why each expert was or was not eligible.</summary>
/// <param name="Drawn">The experts picked by this draw, in the order they were picked.</param>
/// <param name="Panel">The whole panel: kept members followed by <paramref name="Drawn"/>.</param>
/// <param name="UncoveredFields">Requested fields no eligible expert covers (the panel covers every other one).</param>
public sealed record DrawResult(
    long Seed,
    IReadOnlyList<Expert> Drawn,
    IReadOnlyList<Expert> Panel,
    IReadOnlyList<Expert> Candidates,
    IReadOnlyList<ExpertExclusion> Exclusions,
    IReadOnlyList<string> UncoveredFields);
