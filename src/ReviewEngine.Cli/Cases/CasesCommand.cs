using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.CaseFiles;
using ReviewEngine.Application.Common;
using ReviewEngine.Cli.Common;
using ReviewEngine.Cli.Templates;
using ReviewEngine.Infrastructure.CaseFiles;

namespace ReviewEngine.Cli.Cases;

/// <summary>
/// `review cases list [--db] --format json` → [{"caseId","title","kind","state","township"}] and
/// `review cases export &lt;caseId | case number&gt; [--db] --out &lt;file.zip&gt;` → the 卷宗 ZIP. Other tools rely on both shapes.
/// </summary>
internal static class CasesCommand
{
    public static Command Create()
    {
        var command = new Command("cases", "审查案件：列表与卷宗导出");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Export());
        return command;
    }

    private static Command List()
    {
        var db = CliOptions.Database();
        var format = CliOptions.Format();
        var list = new Command("list", "列出全部案件") { db, format };
        list.SetAction(async (parse, ct) =>
        {
            if (CliHost.ExistingDatabase(parse, parse.GetValue(db)) is not { } path)
            {
                return ExitCodes.BadInput;
            }

            await using var services = await CliHost.OpenAsync(path, null);
            await using var scope = services.CreateAsyncScope();
            var cases = await scope.ServiceProvider.GetRequiredService<ListCasesHandler>().HandleAsync(ct);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                CliJson.Write(output, cases);
                return ExitCodes.Ok;
            }

            foreach (var c in cases)
            {
                output.WriteLine($"{c.CaseId}  {c.Kind,-21} {c.State,-18} {c.Township}  {c.Title}");
            }

            return ExitCodes.Ok;
        });
        return list;
    }

    private static Command Export()
    {
        var caseId = new Argument<string>("caseId") { Description = "案件 ID（GUID）、案件编号（如 luobu-2026-0001）或意见书所载案号（如 罗埠审受〔2026〕3号）" };
        var db = CliOptions.Database();
        var outFile = new Option<string>("--out") { Description = "输出的 ZIP 文件", Required = true };
        var export = new Command("export", "导出卷宗 ZIP：目录（.docx）、按固定顺序排列的材料、审计记录及其校验结果") { caseId, db, outFile };
        export.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (CliHost.ExistingDatabase(parse, parse.GetValue(db)) is not { } path)
            {
                return ExitCodes.BadInput;
            }

            var raw = parse.GetValue(caseId)!;
            await using var services = await CliHost.OpenAsync(path, null);
            await using var scope = services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<FindCaseByReferenceHandler>().HandleAsync(raw, ct) is not { } id)
            {
                error.WriteLine($"案件不存在：{raw}（须为案件 ID 或案号）");
                return ExitCodes.BadInput;
            }

            var target = parse.GetValue(outFile)!;
            return await WriteAsync(scope.ServiceProvider.GetRequiredService<CaseFileExporter>(), id, target, parse, ct);
        });
        return export;
    }

    private static async Task<int> WriteAsync(CaseFileExporter exporter, Guid id, string target, ParseResult parse, CancellationToken ct)
    {
        var temp = target + ".partial";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            IReadOnlyList<CaseFileEntry> entries;
            await using (var stream = File.Create(temp))
            {
                entries = await exporter.ExportAsync(id, stream, ct);
            }

            // Written aside and moved, so a failed export never leaves a half ZIP under the requested name.
            File.Move(temp, target, overwrite: true);
            parse.InvocationConfiguration.Output.WriteLine($"已导出卷宗：{target}（目录 + {entries.Count} 个文件）");
            return ExitCodes.Ok;
        }
        catch (NotFoundException)
        {
            File.Delete(temp);
            parse.InvocationConfiguration.Error.WriteLine($"案件不存在：{id}");
            return ExitCodes.BadInput;
        }
    }
}
