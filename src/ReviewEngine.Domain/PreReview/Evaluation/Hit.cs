namespace ReviewEngine.Domain.PreReview.Evaluation;

/// <summary>Where a detector fired; Detail is appended to the explanation (missing items, the number found …).</summary>
internal sealed record Hit(string Clause, int Start, int End, string Excerpt, string Detail = "");
