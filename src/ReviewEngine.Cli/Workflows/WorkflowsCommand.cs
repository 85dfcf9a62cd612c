using System.CommandLine;
using ReviewEngine.Cli.Common;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure;
using ReviewEngine.Infrastructure.Workflows;

namespace ReviewEngine.Cli.Workflows;

/// <summary>`review workflows validate|diagram`.</summary>
internal static class WorkflowsCommand
{
    public static Command Create()
    {
        var command = new Command("workflows", "工作流定义：校验与流程图");
        command.Subcommands.Add(Validate());
        command.Subcommands.Add(Diagram());
        return command;
    }

    private static Command Validate()
    {
        var dir = CliOptions.WorkflowsDirectory();
        var validate = new Command("validate", "校验 workflows/ 下的全部定义；无效时列出每个错误（文件、JSON 路径、原因）") { dir };
        validate.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var result = FileWorkflowCatalog.Validate(parse.GetValue(dir) ?? RepositoryPaths.Folder("workflows"));
            foreach (var error in result.Errors)
            {
                output.WriteLine($"错误 {error}");
            }

            foreach (var w in result.Workflows.Select(w => w.Definition))
            {
                output.WriteLine($"{w.Id} v{w.Version}  {w.Title}  [{string.Join(",", w.Kinds)}]  {w.States.Count} 个状态  {w.ContentHash[..12]}");
            }

            output.WriteLine(result.Errors.Count == 0
                ? $"{result.Workflows.Count} 个工作流有效；日历年份：{string.Join(", ", result.Calendar.KnownYears.Order())}"
                : $"{result.Errors.Count} 个错误");
            return result.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.Invalid;
        });
        return validate;
    }

    private static Command Diagram()
    {
        var id = new Argument<string>("id") { Description = "工作流 id，如 normative-document" };
        var dir = CliOptions.WorkflowsDirectory();
        var diagram = new Command("diagram", "输出工作流的 Mermaid 流程图") { id, dir };
        diagram.SetAction(parse =>
        {
            var catalog = FileWorkflowCatalog.Load(parse.GetValue(dir) ?? RepositoryPaths.Folder("workflows"));
            var workflow = catalog.Find(parse.GetValue(id)!);
            if (workflow is null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"未知工作流 '{parse.GetValue(id)}'（可用：{string.Join(", ", catalog.Workflows.Select(w => w.Definition.Id))}）");
                return ExitCodes.BadInput;
            }

            parse.InvocationConfiguration.Output.Write(ReviewMachineFactory.Mermaid(workflow.Definition));
            return ExitCodes.Ok;
        });
        return diagram;
    }
}
