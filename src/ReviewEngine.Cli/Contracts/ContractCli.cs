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

    /// <summary>A JSON object of field name → value. Numbers and booleans are accepted and read as their text.</summary>
    public static Dictionary<string, string?> ReadFields(string path)
    {
        if (!File.Exists(path))
        {
            throw new BadInputException($"字段文件不存在：{path}");
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new BadInputException($"字段文件须为 JSON 对象（字段名 → 取值）：{path}");
            }

            return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Null => null,
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => p.Value.GetRawText(),
                _ => throw new BadInputException($"字段 {p.Name} 须为文本、数字或布尔值，不能是对象或数组：{path}"),
            });
        }
        catch (JsonException ex)
        {
            throw new BadInputException($"字段文件不是有效的 JSON：{path}：{ex.Message}");
        }
    }
}
