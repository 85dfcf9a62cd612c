using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ReviewEngine.Domain.Workflows;

/// <summary>Turns the text of one workflow file into a validated definition, or every error found in it.</summary>
public static class WorkflowParser
{
    public static WorkflowParseResult Parse(string json, string fileName) => Parse(json, fileName, pinned: false);

    /// <summary>
    /// A definition a case already runs on (its stored snapshot): checked for structure and vocabulary, but not against
    /// rules later versions introduced for new cases only (the review lead's approval to close a panel early, issue 21),
    /// which would otherwise strand the cases in flight.
    /// </summary>
    public static WorkflowParseResult ParsePinned(string json, string fileName) => Parse(json, fileName, pinned: true);

    private static WorkflowParseResult Parse(string json, string fileName, bool pinned)
    {
        WorkflowFile? file;
        try
        {
            file = JsonSerializer.Deserialize<WorkflowFile>(json, JsonOptions.Strict);
        }
        catch (JsonException ex)
        {
            return WorkflowParseResult.Failed(new WorkflowValidationError(fileName, ex.Path ?? "$", Describe(ex)));
        }

        if (file is null)
        {
            return WorkflowParseResult.Failed(new WorkflowValidationError(fileName, "$", "文件为空"));
        }

        var expectedId = Path.GetFileNameWithoutExtension(fileName);
        return new WorkflowValidator(file, fileName, expectedId, ContentHash(json), pinned).Validate();
    }

    /// <summary>SHA-256 of the text with line endings normalised, so a checkout on Windows pins the same version.</summary>
    public static string ContentHash(string json) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json.Replace("\r\n", "\n"))));

    private static string Describe(JsonException ex) =>
        ex.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? "未知字段（词汇表之外）：" + ex.Message
            : "JSON 格式错误：" + ex.Message;
}

public sealed record WorkflowParseResult(WorkflowDefinition? Definition, IReadOnlyList<WorkflowValidationError> Errors)
{
    public bool IsValid => Definition is not null && Errors.Count == 0;

    public static WorkflowParseResult Failed(params WorkflowValidationError[] errors) => new(null, errors);
}
