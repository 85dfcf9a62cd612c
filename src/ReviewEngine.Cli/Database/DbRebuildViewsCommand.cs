using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Cli.Common;
using ReviewEngine.Infrastructure.Persistence.ReadModels;

namespace ReviewEngine.Cli.Database;

/// <summary>
/// `review db rebuild-views [--db]`: the read models (我的待办's InboxLines) made again from the work items and cases in
/// one transaction, printing how many lines there are and how many were out of step (ADR 0009). Safe to repeat.
/// </summary>
internal static class DbRebuildViewsCommand
{
    public static Command Create()
    {
        var db = CliOptions.Database();
        var rebuild = new Command("rebuild-views", "按工作项与案件重建读模型（我的待办），一个事务内完成，可重复执行") { db };
        rebuild.SetAction(async (parse, ct) =>
        {
            if (CliHost.ExistingDatabase(parse, parse.GetValue(db)) is not { } path)
            {
                return ExitCodes.BadInput;
            }

            await using var services = await CliHost.OpenAsync(path, null);
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ReadModelRebuilder>().RebuildAsync(ct);
            parse.InvocationConfiguration.Output.WriteLine(
                $"已重建读模型：待办行 {result.Lines:N0} 条（新增 {result.Added:N0}，删除 {result.Removed:N0}，更正 {result.Corrected:N0}）" + (result.WasInStep ? "，原已一致" : ""));
            return ExitCodes.Ok;
        });
        return rebuild;
    }
}
