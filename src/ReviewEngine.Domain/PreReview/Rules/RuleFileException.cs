namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>A rule file is invalid. The message names the file, the JSON path and the reason.</summary>
public sealed class RuleFileException(string file, string path, string reason)
    : Exception($"{file}: {path}: {reason}")
{
    public string File { get; } = file;
    public string JsonPath { get; } = path;
    public string Reason { get; } = reason;
}
