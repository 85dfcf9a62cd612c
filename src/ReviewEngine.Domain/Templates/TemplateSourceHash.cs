using System.Security.Cryptography;
using System.Text;

namespace ReviewEngine.Domain.Templates;

/// <summary>SHA-256 over every file under templates/ (relative path and bytes, in ordinal path order),
/// so any edit, addition, rename or deletion changes it. Line endings are normalised so a checkout with
/// CRLF does not force a rebuild.</summary>
public static class TemplateSourceHash
{
    public static string Compute(string templatesDirectory)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.GetFiles(templatesDirectory, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Rel: Path.GetRelativePath(templatesDirectory, f).Replace('\\', '/')))
            .OrderBy(f => f.Rel, StringComparer.Ordinal);
        foreach (var (full, rel) in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(rel + "\n"));
            sha.AppendData(Encoding.UTF8.GetBytes(File.ReadAllText(full).Replace("\r\n", "\n") + "\n\0"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
