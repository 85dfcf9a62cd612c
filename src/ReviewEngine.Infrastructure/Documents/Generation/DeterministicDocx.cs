using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>
/// Makes a package's bytes a function of its content (issue 16 item 2: the letter the lead previews is, byte for
/// byte, the letter issued). System.IO.Packaging stamps zip entries with the current time and the OpenXml SDK draws
/// random relationship ids and a random core-properties part name; this pass numbers the ids rId1… per .rels file (and
/// rewrites their uses in the owning part), gives the core properties a fixed name and every entry a fixed time.
/// </summary>
internal static partial class DeterministicDocx
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const string CoreProperties = "package/services/metadata/core-properties/core.psmdcp";

    [GeneratedRegex("Id=\"([^\"]+)\"")]
    private static partial Regex RelationshipId();

    [GeneratedRegex("package/services/metadata/core-properties/[0-9a-f]+\\.psmdcp")]
    private static partial Regex RandomCoreProperties();

    public static byte[] Normalize(byte[] package)
    {
        var entries = new List<(string Name, string? Text, byte[] Bytes, CompressionLevel Level)>();
        using (var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        {
            foreach (var entry in input.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                var bytes = copy.ToArray();
                var isXml = entry.FullName.EndsWith(".xml", StringComparison.Ordinal) || entry.FullName.EndsWith(".rels", StringComparison.Ordinal)
                    || entry.FullName.EndsWith(".psmdcp", StringComparison.Ordinal);
                var level = entry.CompressedLength == entry.Length ? CompressionLevel.NoCompression : CompressionLevel.Fastest;
                entries.Add((RandomCoreProperties().Replace(entry.FullName, CoreProperties), isXml ? Encoding.UTF8.GetString(bytes) : null, bytes, level));
            }
        }

        var texts = entries.Where(e => e.Text is not null).ToDictionary(e => e.Name, e => RandomCoreProperties().Replace(e.Text!, CoreProperties));
        foreach (var rels in texts.Keys.Where(n => n.EndsWith(".rels", StringComparison.Ordinal)).ToList())
        {
            var owner = OwnerOf(rels);
            var n = 0;
            foreach (var id in RelationshipId().Matches(texts[rels]).Select(m => m.Groups[1].Value).Distinct().ToList())
            {
                var fixedId = $"rId{++n}";
                texts[rels] = texts[rels].Replace($"Id=\"{id}\"", $"Id=\"{fixedId}\"", StringComparison.Ordinal);
                if (owner is not null && texts.TryGetValue(owner, out var ownerText))
                {
                    texts[owner] = ownerText.Replace($"\"{id}\"", $"\"{fixedId}\"", StringComparison.Ordinal);
                }
            }
        }

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text, bytes, level) in entries)
            {
                var entry = zip.CreateEntry(name, level);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                stream.Write(text is null ? bytes : Encoding.UTF8.GetBytes(texts[name]));
            }
        }

        return output.ToArray();
    }

    /// <summary>word/_rels/document.xml.rels belongs to word/document.xml; _rels/.rels to the package.</summary>
    private static string? OwnerOf(string rels)
    {
        var folder = rels[..rels.LastIndexOf("_rels/", StringComparison.Ordinal)];
        var file = rels[(rels.LastIndexOf('/') + 1)..^".rels".Length];
        return file.Length == 0 ? null : folder + file;
    }
}
