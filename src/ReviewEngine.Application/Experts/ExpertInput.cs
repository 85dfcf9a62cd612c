using ReviewEngine.Domain.Experts;

namespace ReviewEngine.Application.Experts;

/// <summary>
/// The expert-consultation parts of an action: the fields the reviewer asks the panel to cover (and, for a replay,
/// the seed), or the expert's verdict and numbered points. Other actions ignore it.
/// </summary>
public sealed record ExpertInput(IReadOnlyList<string>? Fields = null, ExpertVerdict? Verdict = null, IReadOnlyList<string>? Points = null, long? Seed = null);
