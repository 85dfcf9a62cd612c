using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReviewEngine.Cli.Templates;

/// <summary>JSON settings for command output: camelCase, Chinese left unescaped so the output is readable.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static void Write<T>(TextWriter output, T value) => output.WriteLine(JsonSerializer.Serialize(value, Options));
}
