namespace ReviewEngine.Domain.Templates;

/// <summary>A template source is invalid. The message always names the file, the location inside it
/// (a JSON path such as <c>$.fields[3].type</c> or a line such as <c>line 42</c>) and the reason.</summary>
public sealed class TemplateLoadException(string file, string location, string reason)
    : Exception($"{file}: {location}: {reason}")
{
    public string File { get; } = file;

    public string Location { get; } = location;

    public string Reason { get; } = reason;
}
