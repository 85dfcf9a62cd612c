using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Audit;
using ReviewEngine.Cli.Common;

namespace ReviewEngine.Cli.Audit;

/// <summary>`review audit verify`: exit 0 when every chain verifies, 1 naming the first broken case and event.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var db = CliOptions.Database();
        var verify = new Command("verify", "校验全部案件审计记录的哈希链") { db };
        verify.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (CliHost.ExistingDatabase(parse, parse.GetValue(db)) is not { } path)
            {
                return ExitCodes.BadInput;
            }

            await using var services = await CliHost.OpenAsync(path, null);
            await using var scope = services.CreateAsyncScope();
            var results = await scope.ServiceProvider.GetRequiredService<VerifyAuditChainsHandler>().HandleAsync(ct);
            var broken = results.FirstOrDefault(r => !r.Result.IsValid);
            if (broken.Result is not null)
            {
                output.WriteLine($"审计链损坏：案件 {broken.CaseNumber}（{broken.Result.CaseId}）第 {broken.Result.BrokenSequence} 条记录：{broken.Result.Reason}");
                return ExitCodes.Invalid;
            }

            output.WriteLine($"审计链完好：{results.Count} 件案件，{results.Sum(r => r.Result.EventCount)} 条记录");
            return ExitCodes.Ok;
        });
        var command = new Command("audit", "审计记录（留痕）");
        command.Subcommands.Add(verify);
        return command;
    }
}
