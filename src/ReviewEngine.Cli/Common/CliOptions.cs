using System.CommandLine;

namespace ReviewEngine.Cli.Common;

/// <summary>Options several commands share, declared once.</summary>
internal static class CliOptions
{
    public static Option<string?> Database() => new("--db") { Description = $"SQLite 数据库文件路径或 PostgreSQL 连接串（Host=…;Database=…；默认 {CliHost.DefaultDatabase}，或环境变量 REVIEWENGINE_DB）" };

    public static Option<string?> WorkflowsDirectory() => new("--dir") { Description = "工作流目录（默认为仓库中的 workflows/）" };

    public static Option<string> Format()
    {
        var format = new Option<string>("--format")
        {
            Description = "输出格式：text 或 json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }
}
