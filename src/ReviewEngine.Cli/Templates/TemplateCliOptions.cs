using System.CommandLine;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Cli.Templates;

/// <summary>Options shared by `review templates …` and `review index …`, and how they resolve to folders.</summary>
internal static class TemplateCliOptions
{
    public static Option<string?> Templates() => new("--templates")
    {
        Description = "范本源目录（默认：环境变量 REVIEWENGINE_TEMPLATES，否则当前目录、仓库或程序目录下的 templates/）",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("REVIEWENGINE_TEMPLATES") is { Length: > 0 } dir ? dir : null,
    };

    public static Option<string?> Index() => new("--index")
    {
        Description = "索引目录（默认：仓库根目录下的 data/index）",
    };

    public static Option<string> Format() => new("--format")
    {
        Description = "输出格式：table（默认，中文表格）或 json",
        DefaultValueFactory = _ => "table",
    };

    public static bool IsJson(string format) => format switch
    {
        "json" => true,
        "table" => false,
        _ => throw new BadInputException($"--format 只能是 json 或 table，收到 '{format}'"),
    };

    public static TemplateLibrary LoadLibrary(string? templatesDir)
    {
        var dir = templatesDir ?? RepositoryLocator.TemplatesDirectory();
        if (!Directory.Exists(dir))
        {
            throw new BadInputException($"范本目录不存在：{dir}");
        }

        return TemplateLoader.LoadLibrary(dir);
    }

    public static string IndexPath(string? indexDir) =>
        indexDir ?? Path.Combine(RepositoryLocator.DataDirectory(), "index");
}
