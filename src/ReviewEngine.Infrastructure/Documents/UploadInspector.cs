using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Infrastructure.Documents;

/// <summary>
/// Checks an uploaded file before anything is saved: size, type (.docx or plain text), a readable Word package,
/// and no zip bomb (the uncompressed size and compression ratio are bounded before any part is inflated).
/// A Word package must be a plain document: no macros (a .docm renamed to .docx) and no external relationships
/// other than hyperlinks (a remote template or linked object makes Word fetch a URL when the reviewer opens it).
/// The stored name is the last path segment without control characters (<see cref="SafeFileName"/>).
/// </summary>
public sealed class UploadInspector(long maxBytes) : IUploadInspector
{
    private const long MaxUncompressedBytes = 200L * 1024 * 1024;
    private const int MaxCompressionRatio = 100;
    private const int MaxEntries = 1000;
    private const long MaxXmlPartBytes = 32L * 1024 * 1024;
    private const int MaxFileNameLength = 200;

    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public DocumentUpload Inspect(string fileName, byte[] bytes, string? materialId)
    {
        var name = SafeFileName.From(fileName);
        if (bytes.LongLength == 0)
        {
            throw new InvalidInputException($"文件「{name}」为空");
        }

        if (bytes.LongLength > maxBytes)
        {
            throw new InvalidInputException($"文件「{name}」为 {bytes.LongLength / 1024.0 / 1024:F1} MB，超过上限 {maxBytes / 1024 / 1024} MB");
        }

        if (name.Length > MaxFileNameLength)
        {
            throw new InvalidInputException($"文件名过长（{name.Length} 个字符，上限 {MaxFileNameLength}）");
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        return extension switch
        {
            ".docx" => InspectDocx(name, bytes, materialId),
            ".txt" => InspectText(name, bytes, materialId),
            _ => throw new InvalidInputException($"文件「{name}」不是 .docx 或 .txt 文件"),
        };
    }

    public DocumentUpload Inspect(IncomingFile file) => file.IsPastedText
        ? DocumentUpload.From(file.FileName, "text/plain; charset=utf-8", file.Bytes, file.MaterialId)
        : Inspect(file.FileName, file.Bytes, file.MaterialId);

    public static DocumentUpload FromPastedText(string text, string? materialId) =>
        DocumentUpload.From(IncomingFile.PastedTextName, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text), materialId);

    private static DocumentUpload InspectText(string name, byte[] bytes, string? materialId)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidInputException($"文件「{name}」不是 UTF-8 文本");
        }

        return DocumentUpload.From(name, "text/plain; charset=utf-8", bytes, materialId);
    }

    private static DocumentUpload InspectDocx(string name, byte[] bytes, string? materialId)
    {
        try
        {
            using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
            {
                if (zip.Entries.Count > MaxEntries)
                {
                    throw new InvalidInputException($"文件「{name}」含 {zip.Entries.Count} 个部件，超过上限 {MaxEntries}，已拒绝");
                }

                long total = 0;
                foreach (var entry in zip.Entries)
                {
                    total += entry.Length;
                    if (total > MaxUncompressedBytes || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxCompressionRatio))
                    {
                        throw new InvalidInputException($"文件「{name}」解压后过大（疑似压缩炸弹），已拒绝");
                    }

                    // A Word body of 32 MB of XML is thousands of pages; larger parts only cost parse time and memory.
                    if (entry.Length > MaxXmlPartBytes && (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
                    {
                        throw new InvalidInputException($"文件「{name}」的 {entry.FullName} 解压后超过 {MaxXmlPartBytes / 1024 / 1024} MB，已拒绝");
                    }
                }

                if (zip.Entries.Any(e => e.FullName.Contains("vbaProject", StringComparison.OrdinalIgnoreCase) || e.FullName.Contains("vbaData", StringComparison.OrdinalIgnoreCase)))
                {
                    throw new InvalidInputException($"文件「{name}」含宏（启用宏的文档），已拒绝；请另存为不含宏的 .docx 后上传");
                }

                if (zip.GetEntry("word/document.xml") is null)
                {
                    throw new InvalidInputException($"文件「{name}」不是 Word 文档（缺少 word/document.xml）");
                }
            }

            using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            if (doc.DocumentType != DocumentFormat.OpenXml.WordprocessingDocumentType.Document)
            {
                throw new InvalidInputException($"文件「{name}」是启用宏的文档或模板，不是普通 Word 文档，已拒绝；请另存为 .docx 后上传");
            }

            _ = doc.MainDocumentPart?.Document?.Body ?? throw new InvalidInputException($"文件「{name}」没有正文");
            RefuseExternalRelationships(name, doc);
        }
        catch (InvalidDataException)
        {
            throw new InvalidInputException($"文件「{name}」已损坏或不是 .docx 文件");
        }
        catch (OpenXmlPackageException)
        {
            throw new InvalidInputException($"文件「{name}」已损坏，Word 无法打开");
        }
        catch (System.Xml.XmlException)
        {
            throw new InvalidInputException($"文件「{name}」的 XML 内容已损坏");
        }

        return DocumentUpload.From(name, DocxContentType, bytes, materialId);
    }

    private static void RefuseExternalRelationships(string name, WordprocessingDocument doc)
    {
        // Hyperlinks are kept apart by the SDK (HyperlinkRelationships) and are harmless text; everything else with
        // TargetMode="External" (attachedTemplate, linked images, OLE links, subDocument, frames) is fetched by Word.
        var seen = new HashSet<Uri>();
        var pending = new Stack<OpenXmlPartContainer>([doc]);
        while (pending.Count > 0)
        {
            var container = pending.Pop();
            var external = container.ExternalRelationships.FirstOrDefault();
            if (external is not null)
            {
                var where = container is OpenXmlPart part ? part.Uri.ToString() : "/_rels/.rels";
                throw new InvalidInputException($"文件「{name}」引用外部资源（{where} → {external.Uri}），打开时会访问外部地址，已拒绝；请删除外部链接（如远程模板、链接的图片或对象）后上传");
            }

            foreach (var child in container.Parts)
            {
                if (seen.Add(child.OpenXmlPart.Uri))
                {
                    pending.Push(child.OpenXmlPart);
                }
            }
        }
    }
}
