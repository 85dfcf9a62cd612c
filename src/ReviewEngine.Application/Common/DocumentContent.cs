namespace ReviewEngine.Application.Common;

/// <summary>The bytes of a document, stored once per SHA-256 in the same transaction as the action that brought it.</summary>
public sealed class DocumentContent
{
    private DocumentContent()
    {
        Sha256 = "";
        Bytes = [];
    }

    public DocumentContent(string sha256, byte[] bytes)
    {
        Sha256 = sha256;
        Bytes = bytes;
    }

    public string Sha256 { get; private set; }
    public byte[] Bytes { get; private set; }
}
