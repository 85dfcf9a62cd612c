using System.CommandLine;

namespace ReviewEngine.Cli.Common;

/// <summary>Options several commands share, declared once.</summary>
internal static class CliOptions
{
    public static Option<string?> Database() => new("--db") { Description = $"SQLite 数据库文件路径或 PostgreSQL 连接串（Host=…;Database=…；默认 {CliHost.DefaultDatabase}，或环境变量 REVIEWENGINE_DB）" };

    /// <summary>--workflows (or --dir); default REVIEWENGINE_WORKFLOWS, else workflows/ of the current directory,
    /// the checkout or the publish folder (<see cref="Infrastructure.RepositoryPaths"/>).</summary>
    public static Option<string?> WorkflowsDirectory() => new("--workflows", "--dir")
    {
        Description = "工作流目录（默认：环境变量 REVIEWENGINE_WORKFLOWS，否则当前目录、仓库或程序目录下的 workflows/）",
        DefaultValueFactory = _ => WorkflowsFromEnvironment,
    };

    public static string? WorkflowsFromEnvironment => Environment.GetEnvironmentVariable("REVIEWENGINE_WORKFLOWS") is { Length: > 0 } dir ? dir : null;

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
