namespace ReviewEngine.Domain.Signing;

/// <summary>
/// 签订: the contract as signed — the date, the signatories, the signed copy (<paramref name="SignedDocumentSha256"/>, the
/// file's own hash) and the two normalised-text hashes that matched: the text reviewed (<paramref name="ReviewedDocumentSha256"/>,
/// the last reviewed version) and the text signed.
/// </summary>
public sealed record SigningRecord(DateOnly SignedOn, string Signatories, string ReviewedTextHash, string SignedTextHash,
    string ReviewedDocumentSha256, string SignedDocumentSha256);
