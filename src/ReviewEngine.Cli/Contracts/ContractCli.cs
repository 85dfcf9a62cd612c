using System.Text.Json;
using ReviewEngine.Cli.Templates;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Cli.Contracts;

/// <summary>Input handling shared by the contract commands: finding a template and reading a --fields file.</summary>
internal static class ContractCli
{
    public static ContractTemplate FindTemplate(string? templatesDir, string id) =>
        TemplateCliOptions.LoadLibrary(templatesDir).Find(id)
        ?? throw new BadInputException($"没有范本 '{id}'（`review templates list` 列出全部范本）");

    /// <summary>A fields file is a form's worth of values; anything larger is not one.</summary>
    public const long MaxFieldsFileBytes = 1024 * 1024;

    /// <summary>A JSON object of field name → value. Numbers and booleans are accepted and read as their text.
    /// A name given twice is refused: JSON parsers disagree on which value wins, so the file is ambiguous.</summary>
    public static Dictionary<string, string?> ReadFields(string path)
    {
        if (!File.Exists(path))
        {
            throw new BadInputException($"字段文件不存在：{path}");
        }

        if (new FileInfo(path).Length > MaxFieldsFileBytes)
        {
            throw new BadInputException($"字段文件超过 {MaxFieldsFileBytes / 1024} KB：{path}");
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new BadInputException($"字段文件须为 JSON 对象（字段名 → 取值）：{path}");
            }

            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (!values.TryAdd(p.Name, Value(p, path)))
                {
                    throw new BadInputException($"字段 {p.Name} 在字段文件中出现了不止一次：{path}");
                }
            }

            return values;
        }
        catch (JsonException ex)
        {
            throw new BadInputException($"字段文件不是有效的 JSON：{path}：{ex.Message}");
        }
    }

    private static string? Value(JsonProperty p, string path) => p.Value.ValueKind switch
    {
        JsonValueKind.String => p.Value.GetString(),
        JsonValueKind.Null => null,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => p.Value.GetRawText(),
        _ => throw new BadInputException($"字段 {p.Name} 须为文本、数字或布尔值，不能是对象或数组：{path}"),
    };

    /// <summary>The full path of --out. Its folder must exist: a mistyped path must not create folders silently.</summary>
    public static string OutputPath(string output)
    {
        var path = Path.GetFullPath(output);
        if (Directory.Exists(path))
        {
            throw new BadInputException($"--out 须为文件路径，而 {path} 是一个文件夹");
        }

        var folder = Path.GetDirectoryName(path);
        if (folder is null || !Directory.Exists(folder))
        {
            throw new BadInputException($"--out 的文件夹不存在：{folder ?? path}（不会自动创建，请先建好文件夹）");
        }

        return path;
    }
}
