using System.Security.Cryptography;

namespace ReviewEngine.Application.Contracts;

/// <summary>A generated .docx: its bytes and SHA-256 (lower-case hex, the same hash case documents are stored under).</summary>
public sealed record GeneratedDocument(string FileName, byte[] Bytes)
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Bytes));
}
