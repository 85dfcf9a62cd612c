using System.CommandLine;
using System.Diagnostics;
using Npgsql;
using ReviewEngine.Cli.Common;
using ReviewEngine.Infrastructure.Persistence;
using ReviewEngine.Infrastructure.Persistence.Copying;

namespace ReviewEngine.Cli.Database;

/// <summary>
/// `review db copy --to &lt;PostgreSQL&gt; [--db &lt;source&gt;]`: the whole database into a new, empty PostgreSQL
/// database (created and migrated if it does not exist), ids and audit chains unchanged (docs/operations.md).
/// </summary>
internal static class DbCopyCommand
{
    public static Command Create()
    {
        var db = CliOptions.Database();
        var to = new Option<string>("--to") { Description = "目标 PostgreSQL 连接串（Host=…;Database=… 或 postgresql://…）；须为空库或尚不存在", Required = true };
        var copy = new Command("copy", "把整个数据库复制到新的 PostgreSQL 库（迁移到数据库服务器；源库可在运行中）") { db, to };
        copy.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var target = DatabaseOptions.FromPathOrConnectionString(parse.GetValue(to)!);
            if (target.Provider != DatabaseProvider.PostgreSql)
            {
                error.WriteLine("--to: 须为 PostgreSQL 连接串（Host=…;Database=… 或 postgresql://…）");
                return ExitCodes.BadInput;
            }

            if (CliHost.ExistingDatabase(parse, parse.GetValue(db)) is not { } source)
            {
                return ExitCodes.BadInput;
            }

            var clock = Stopwatch.StartNew();
            try
            {
                var tables = await DatabaseCopier.CopyAsync(DatabaseOptions.FromPathOrConnectionString(source), target,
                    t => output.WriteLine($"  {t.Table,-22} {t.Rows,12:N0} 行  {t.Elapsed.TotalSeconds,7:F1} s"), ct);
                output.WriteLine($"已复制 {tables.Count} 张表、{tables.Sum(t => t.Rows):N0} 行到 PostgreSQL，用时 {clock.Elapsed.TotalSeconds:F1} s。");
                output.WriteLine("下一步：review audit verify --db <同一连接串> 校验审计链，再把应用的 ConnectionStrings:ReviewEngine 指向它。");
                return ExitCodes.Ok;
            }
            catch (TargetNotEmptyException ex)
            {
                error.WriteLine($"--to: {ex.Message}");
                return ExitCodes.BadInput;
            }
            catch (NpgsqlException ex)
            {
                // Wrong host, password or permissions: the server's reason, not a stack trace; nothing was committed.
                error.WriteLine($"--to: PostgreSQL 无法完成复制（目标库未改动）：{ex.Message}");
                return ExitCodes.BadInput;
            }
        });
        return copy;
    }
}
