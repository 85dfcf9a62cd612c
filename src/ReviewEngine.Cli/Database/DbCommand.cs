using System.CommandLine;
using ReviewEngine.Cli.Common;
using ReviewEngine.Infrastructure.Persistence;

namespace ReviewEngine.Cli.Database;

/// <summary>
/// `review db backup --out &lt;file&gt;`: an online backup of the SQLite database (safe while the app runs);
/// `review db copy --to &lt;PostgreSQL&gt;`: the move to a database server (<see cref="DbCopyCommand"/>);
/// `review db rebuild-views`: the read models from the source tables (<see cref="DbRebuildViewsCommand"/>).
/// </summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var db = CliOptions.Database();
        var output = new Option<string>("--out") { Description = "备份文件路径（不得已存在）", Required = true };
        var backup = new Command("backup", "在线备份 SQLite 数据库（SQLite backup API，应用运行中亦可）") { db, output };
        backup.SetAction(parse =>
        {
            var source = parse.GetValue(db) ?? CliHost.DefaultDatabase;
            var target = parse.GetValue(output)!;
            if (!File.Exists(source))
            {
                parse.InvocationConfiguration.Error.WriteLine($"--db: 数据库文件不存在：{source}");
                return ExitCodes.BadInput;
            }

            var bytes = SqliteBackup.Backup(source, target);
            parse.InvocationConfiguration.Output.WriteLine($"已备份 {source} → {target}（{bytes:N0} 字节，完整性检查通过）");
            return ExitCodes.Ok;
        });
        var command = new Command("db", "数据库维护");
        command.Subcommands.Add(backup);
        command.Subcommands.Add(DbCopyCommand.Create());
        command.Subcommands.Add(DbRebuildViewsCommand.Create());
        return command;
    }
}
