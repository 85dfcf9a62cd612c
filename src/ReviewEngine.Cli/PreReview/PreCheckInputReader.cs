using System.Text.Json;
using ReviewEngine.Domain.PreReview;
using ReviewEngine.Infrastructure.Documents;

namespace ReviewEngine.Cli.PreReview;

/// <summary>Builds the pre-review input from --input case.json, or from a .docx/.txt file with --kind and --meta.</summary>
internal static class PreCheckInputReader
{
    // Invalid bytes are refused rather than replaced: a GBK file read as UTF-8 would be analysed as garbage.
    private static readonly System.Text.Encoding StrictUtf8 = new System.Text.UTF8Encoding(false, true);

    public static PreReviewInput FromCaseFile(string path)
    {
        var json = File.Exists(path) ? File.ReadAllText(path) : throw new PreCheckInputException($"input file not found: {path}");
        try
        {
            return PreReviewCaseReader.FromJson(json);
        }
        catch (JsonException ex)
        {
            throw new PreCheckInputException($"invalid JSON in {path}: {ex.Message}");
        }
        catch (FormatException ex)
        {
            throw new PreCheckInputException($"{path}: {ex.Message}");
        }
    }

    public static PreReviewInput FromDocument(string path, string? kindName, IEnumerable<string> metaPairs)
    {
        if (!File.Exists(path))
        {
            throw new PreCheckInputException($"document not found: {path}");
        }
        if (string.IsNullOrWhiteSpace(kindName))
        {
            throw new PreCheckInputException($"--kind is required with a document ({string.Join(", ", PreReviewKinds.WireNames)})");
        }
        if (!PreReviewKinds.TryParse(kindName, out var kind))
        {
            throw new PreCheckInputException($"unknown kind \"{kindName}\" (expected one of {string.Join(", ", PreReviewKinds.WireNames)})");
        }
        try
        {
            var meta = PreReviewCaseReader.MetaFromPairs(metaPairs);
            return new PreReviewInput(kind, Path.GetFileNameWithoutExtension(path), ReadText(path), meta);
        }
        catch (FormatException ex)
        {
            throw new PreCheckInputException(ex.Message);
        }
    }

    /// <summary>The same checks as an upload (zip bomb, part sizes, a readable Word package) before the text is extracted.</summary>
    private static string ReadDocx(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            new UploadInspector(ReviewEngine.Application.Reviews.DocumentUpload.MaxBytes).Inspect(path, bytes, null);
        }
        catch (ReviewEngine.Application.Common.InvalidInputException ex)
        {
            throw new PreCheckInputException(ex.Message);
        }

        return DocxTextExtractor.Extract(new MemoryStream(bytes));
    }

    private static string ReadText(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".docx" => ReadDocx(path),
                ".txt" or ".text" or ".md" => File.ReadAllText(path, StrictUtf8),
                _ => throw new PreCheckInputException($"unsupported document type \"{extension}\" (use .docx or .txt)"),
            };
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new PreCheckInputException($"{path} is not UTF-8 text");
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or FormatException or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            throw new PreCheckInputException($"cannot read {path}: {ex.Message}");
        }
    }
}
