namespace ReviewEngine.Domain.PreReview.Evaluation;

/// <summary>
/// Where a detector fired; Detail is appended to the explanation (missing items, the number found …) and Basis,
/// when set, replaces the rule's basis (e.g. the article that repealed the cited law).
/// </summary>
internal sealed record Hit(string Clause, int Start, int End, string Excerpt, string Detail = "", string? Basis = null);
