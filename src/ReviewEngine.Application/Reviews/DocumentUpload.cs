using System.Security.Cryptography;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Reviews;

/// <summary>An uploaded file: its bytes and the hashed description the aggregate records.</summary>
public sealed record DocumentUpload(DocumentInput Input, byte[] Bytes)
{
    public const long MaxBytes = 50 * 1024 * 1024;

    public static DocumentUpload From(string fileName, string contentType, byte[] bytes, string? materialId = null)
    {
        if (bytes.LongLength > MaxBytes)
        {
            throw new Common.InvalidInputException($"文件 {fileName} 超过 50 MB");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new DocumentUpload(new DocumentInput(fileName, contentType, sha, bytes.LongLength, materialId), bytes);
    }
}
