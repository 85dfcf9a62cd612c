namespace ReviewEngine.Cli.PreReview;

/// <summary>The parsed command line of `review precheck`.</summary>
internal sealed record PreCheckRequest(string? Document, string? CaseFile, string? Kind, string[] Meta, string Format, string? RulesDirectory);
