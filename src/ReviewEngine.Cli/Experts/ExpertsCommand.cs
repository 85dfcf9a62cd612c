using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Experts;
using ReviewEngine.Cli.Common;
using ReviewEngine.Cli.Templates;
using ReviewEngine.Domain.Experts;

namespace ReviewEngine.Cli.Experts;

/// <summary>
/// `review experts import &lt;file.csv&gt; [--db]` → exit 0 with the count, exit 2 with every bad row and nothing imported;
/// `review experts draw --fields a,b [--exclude-org X]… [--size N] [--seed S] [--db] --format json` →
/// {"seed","panel":[{"name","organisation","organisationType"}],"excluded":[{"name","reason"}]}. Other tools rely on both.
/// </summary>
internal static class ExpertsCommand
{
    public static Command Create()
    {
        var command = new Command("experts", "专家库：导入与抽取");
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Draw());
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<string>("file") { Description = "专家名单 CSV（UTF-8 或 GB18030）" };
        var db = CliOptions.Database();
        var import = new Command("import", "从 CSV 导入专家；任一行有误则全部不导入") { file, db };
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                parse.InvocationConfiguration.Error.WriteLine($"文件不存在：{path}");
                return ExitCodes.BadInput;
            }

            await using var services = await CliHost.OpenAsync(parse.GetValue(db), null);
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ImportExpertsHandler>().HandleAsync(await File.ReadAllBytesAsync(path, ct), ct);
            if (!result.Imported)
            {
                foreach (var e in result.Errors)
                {
                    parse.InvocationConfiguration.Error.WriteLine(e.ToString());
                }

                parse.InvocationConfiguration.Error.WriteLine($"{result.Errors.Count} 处错误，未导入任何专家");
                return ExitCodes.BadInput;
            }

            parse.InvocationConfiguration.Output.WriteLine($"{result.Added + result.Updated}（新增 {result.Added}，更新 {result.Updated}）");
            return ExitCodes.Ok;
        });
        return import;
    }

    private static Command Draw()
    {
        var fields = new Option<string>("--fields") { Description = "专业领域，逗号分隔", Required = true };
        var excludeOrg = new Option<string[]>("--exclude-org") { Description = "回避单位（可多次）", AllowMultipleArgumentsPerToken = false };
        var size = new Option<int?>("--size") { Description = "专家组人数（奇数，默认 3）" };
        var seed = new Option<long?>("--seed") { Description = "随机种子（默认随机生成并输出）" };
        var db = CliOptions.Database();
        var format = CliOptions.Format();
        var draw = new Command("draw", "按规则从专家库抽取专家组") { fields, excludeOrg, size, seed, db, format };
        draw.SetAction(async (parse, ct) =>
        {
            await using var services = await CliHost.OpenAsync(parse.GetValue(db), null);
            await using var scope = services.CreateAsyncScope();
            var query = new DrawExpertsQuery(ExpertProfile.SplitList(parse.GetValue(fields)), parse.GetValue(excludeOrg) ?? [], parse.GetValue(size), parse.GetValue(seed));
            DrawResult result;
            try
            {
                result = await scope.ServiceProvider.GetRequiredService<DrawExpertsHandler>().HandleAsync(query, ct);
            }
            catch (Domain.Reviews.DomainException ex)
            {
                parse.InvocationConfiguration.Error.WriteLine(ex.Message);
                return ExitCodes.BadInput;
            }

            Write(parse, result, parse.GetValue(format) == "json");
            return ExitCodes.Ok;
        });
        return draw;
    }

    private static void Write(ParseResult parse, DrawResult result, bool json)
    {
        var output = parse.InvocationConfiguration.Output;
        var panel = result.Panel.Select(e => new { name = e.Name, organisation = e.Organisation, organisationType = OrganisationTypes.Label(e.OrganisationType) }).ToList();
        var excluded = result.Exclusions.Select(x => new { name = x.Name, reason = x.Reason }).ToList();
        if (json)
        {
            CliJson.Write(output, new { seed = result.Seed, panel, excluded });
            return;
        }

        output.WriteLine($"种子 {result.Seed}");
        foreach (var p in panel)
        {
            output.WriteLine($"  {p.name}  {p.organisation}（{p.organisationType}）");
        }

        foreach (var x in excluded)
        {
            output.WriteLine($"  排除 {x.name}：{x.reason}");
        }
    }
}
