using System.CommandLine;
using ReviewEngine.Cli.Common;
using ReviewEngine.Cli.Templates;
using ReviewEngine.Domain.Contracts;
using ReviewEngine.Infrastructure.Documents.Generation;

namespace ReviewEngine.Cli.Contracts;

/// <summary>
/// `review contracts generate &lt;templateId&gt; --fields &lt;file.json&gt; --out &lt;file.docx&gt; [--omit-clause &lt;id&gt;]… [--format json]`.
/// Exit 0 on success; exit 2 on invalid fields, with <c>{"errors":[{"field","message"}]}</c> on stdout in JSON mode.
/// </summary>
internal static class ContractGenerateCommand
{
    public static Command Create()
    {
        var templateId = new Argument<string>("templateId") { Description = "范本编号，如 investment-attraction" };
        var fields = new Option<string>("--fields") { Description = "字段取值 JSON 文件（字段名 → 取值）", Required = true };
        var output = new Option<string>("--out") { Description = "输出的 .docx 文件", Required = true };
        var omit = new Option<string[]>("--omit-clause") { Description = "删除的可选条款编号（可重复）", AllowMultipleArgumentsPerToken = false };
        var format = TemplateCliOptions.Format();
        var templatesDir = TemplateCliOptions.Templates();
        var command = new Command("generate", "由范本和字段取值生成合同 .docx") { templateId, fields, output, omit, format, templatesDir };
        command.Action = new GuardedAction(parse =>
        {
            var json = TemplateCliOptions.IsJson(parse.GetValue(format)!);
            var template = ContractCli.FindTemplate(parse.GetValue(templatesDir), parse.GetValue(templateId)!);
            var values = ContractCli.ReadFields(parse.GetValue(fields)!);
            var path = ContractCli.OutputPath(parse.GetValue(output)!);
            var stdout = parse.InvocationConfiguration.Output;
            ComposedContract contract;
            try
            {
                contract = ContractComposer.Compose(template, values, parse.GetValue(omit) ?? []);
            }
            catch (ContractFieldsException ex)
            {
                WriteErrors(parse, ex.Errors, json);
                return ExitCodes.BadInput;
            }

            var doc = new ContractDocxWriter().Write(contract);
            File.WriteAllBytes(path, doc.Bytes);
            var result = new GenerateResult(path, doc.Sha256, template.Id, template.Version, contract.FieldsHash, contract.Number,
                contract.Clauses.Count, contract.OmittedClauses);
            if (json)
            {
                CliJson.Write(stdout, result);
            }
            else
            {
                stdout.WriteLine($"已生成《{contract.Title}》（{contract.Clauses.Count} 条）：{path}");
                stdout.WriteLine($"SHA-256：{doc.Sha256}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteErrors(ParseResult parse, IReadOnlyList<FieldError> errors, bool json)
    {
        if (json)
        {
            CliJson.Write(parse.InvocationConfiguration.Output, new { errors });
            return;
        }

        var error = parse.InvocationConfiguration.Error;
        error.WriteLine($"错误：字段校验未通过（{errors.Count} 项）");
        foreach (var e in errors)
        {
            error.WriteLine($"  {e.Field}：{e.Message}");
        }
    }

    private sealed record GenerateResult(string Out, string Sha256, string TemplateId, string TemplateVersion, string FieldsHash,
        string Number, int Clauses, IReadOnlyList<string> Omitted);
}
