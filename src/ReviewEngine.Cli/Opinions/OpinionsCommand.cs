using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Opinions;
using ReviewEngine.Cli.Common;

namespace ReviewEngine.Cli.Opinions;

/// <summary>`review opinions render &lt;caseId&gt; --out &lt;file.docx&gt; [--db &lt;path&gt;]`: the 审查意见书 of a case — the letter
/// issued at approval (same bytes and SHA-256 as stored), or a draft from the current opinion before approval.</summary>
public static class OpinionsCommand
{
    public static Command Create()
    {
        var opinions = new Command("opinions", "审查意见书");
        opinions.Subcommands.Add(Render());
        return opinions;
    }

    private static Command Render()
    {
        var caseId = new Argument<Guid>("caseId") { Description = "案件 Id" };
        var output = new Option<string>("--out") { Description = "输出的 .docx 文件", Required = true };
        var db = CliOptions.Database();
        var command = new Command("render", "生成案件的审查意见书 .docx") { caseId, output, db };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliHost.OpenAsync(parse.GetValue(db), null);
            await using var scope = services.CreateAsyncScope();
            try
            {
                var doc = await scope.ServiceProvider.GetRequiredService<RenderOpinionLetterHandler>().HandleAsync(parse.GetValue(caseId), ct);
                var path = Path.GetFullPath(parse.GetValue(output)!);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllBytesAsync(path, doc.Bytes, ct);
                parse.InvocationConfiguration.Output.WriteLine($"已生成审查意见书：{path}");
                parse.InvocationConfiguration.Output.WriteLine($"SHA-256：{doc.Sha256}");
                return ExitCodes.Ok;
            }
            catch (NotFoundException ex)
            {
                parse.InvocationConfiguration.Error.WriteLine(ex.Message);
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
