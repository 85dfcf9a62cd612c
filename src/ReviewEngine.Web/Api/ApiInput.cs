using ReviewEngine.Application.Common;

namespace ReviewEngine.Web.Api;

internal static class ApiInput
{
    /// <summary>Checked before any Base64 is decoded: a null entry or too many files is refused as a whole.</summary>
    public static void CheckDocuments(IReadOnlyList<UploadedDocument?>? documents)
    {
        if (documents is null)
        {
            return;
        }

        if (documents.Count > Application.Reviews.InputLimits.Documents)
        {
            throw new InvalidInputException($"documents: 最多 {Application.Reviews.InputLimits.Documents} 个文件（收到 {documents.Count} 个）");
        }

        if (documents.Any(d => d is null || string.IsNullOrWhiteSpace(d.FileName) || string.IsNullOrEmpty(d.Base64)))
        {
            throw new InvalidInputException("documents: 每项须有 fileName 和 base64");
        }
    }

    public static byte[] Base64(string? value, string field)
    {
        try
        {
            return Convert.FromBase64String(value ?? "");
        }
        catch (FormatException)
        {
            throw new InvalidInputException($"{field}: 不是有效的 Base64 内容");
        }
    }
}
