using System.IO.Compression;
using System.Security.Cryptography;
using ReviewEngine.Application.CaseFiles;

namespace ReviewEngine.Infrastructure.CaseFiles;

/// <summary>
/// Writes a 卷宗 ZIP: 00 the cover index (.docx), then the documents in the fixed order (<see cref="CaseFileSection"/>),
/// then the audit log (JSON) with its verification result. Entry names carry the order so any unzip tool sorts them right.
/// </summary>
public sealed class CaseFileExporter(GetCaseFileHandler caseFiles)
{
    public const string CoverName = "00-卷宗目录.docx";

    public async Task<IReadOnlyList<CaseFileEntry>> ExportAsync(Guid caseId, Stream destination, CancellationToken ct = default)
    {
        var file = await caseFiles.HandleAsync(caseId, ct);
        var entries = file.Documents
            .Select(d => new CaseFileEntry(d.Order, d.Section, d.Round, $"{d.Order:D2}-{d.Section}-第{d.Round}轮-{ReviewEngine.Domain.Reviews.SafeFileName.From(d.FileName)}", d.Sha256, d.Bytes))
            .ToList();
        var audit = AuditLogJson.Write(file);
        var auditOrder = entries.Count + 1;
        entries.Add(new CaseFileEntry(auditOrder, "审计记录", null, $"{auditOrder:D2}-审计记录.json", Sha256(audit), audit));

        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        await AddAsync(zip, CoverName, CoverIndexDocx.Build(file, entries), ct);
        foreach (var entry in entries)
        {
            await AddAsync(zip, entry.EntryName, entry.Bytes, ct);
        }

        return entries;
    }

    private static async Task AddAsync(ZipArchive zip, string name, byte[] bytes, CancellationToken ct)
    {
        await using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        await stream.WriteAsync(bytes, ct);
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
