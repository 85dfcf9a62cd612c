namespace ReviewEngine.Cli.Templates;

/// <summary>The user's arguments cannot be used; the message is printed to stderr and the exit code is 2.</summary>
internal sealed class BadInputException(string message) : Exception(message);
