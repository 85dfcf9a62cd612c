namespace ReviewEngine.Cli.PreReview;

/// <summary>Bad command-line input (missing file, invalid JSON, unknown kind); reported on stderr with exit code 2.</summary>
internal sealed class PreCheckInputException(string message) : Exception(message);
