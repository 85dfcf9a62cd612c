using System.CommandLine;
using ReviewEngine.Cli.Audit;
using ReviewEngine.Cli.Bench;
using ReviewEngine.Cli.Calendar;
using ReviewEngine.Cli.Cases;
using ReviewEngine.Cli.Common;
using ReviewEngine.Cli.Demo;
using ReviewEngine.Cli.Templates;
using ReviewEngine.Cli.Users;
using ReviewEngine.Cli.Workflows;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Cli;

/// <summary>The `review` command tree. Each feature contributes one command group from its own folder.</summary>
public static class CliApp
{
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand("ReviewEngine — 行政合法性审查 command line");
        root.Subcommands.Add(WorkflowsCommand.Create());
        root.Subcommands.Add(CalendarCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(CasesCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(PreReview.PreCheckCommand.Create());
        root.Subcommands.Add(TemplatesCommand.Create());
        root.Subcommands.Add(IndexCommand.Create());
        root.Subcommands.Add(Contracts.ContractsCommand.Create());
        root.Subcommands.Add(Opinions.OpinionsCommand.Create());
        root.Subcommands.Add(Database.DbCommand.Create());
        root.Subcommands.Add(Experts.ExpertsCommand.Create());
        return root;
    }

    /// <summary>Runs the command line with explicit writers so tests can capture the output in-process.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            var parse = BuildRootCommand().Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
            {
                foreach (var parseError in parse.Errors)
                {
                    error.WriteLine(parseError.Message);
                }

                return ExitCodes.BadInput;
            }

            return parse.Invoke(config);
        }
        catch (Exception ex) when (ex is DomainException or WorkflowValidationException or IOException or UnauthorizedAccessException or FormatException)
        {
            // Expected failures are answered with their message and exit code 2, never a stack trace.
            error.WriteLine(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException ex)
        {
            // Each rule pattern has a time limit; on a loaded machine a normal one can reach it. Say which, not a trace.
            error.WriteLine($"智能预审未完成（超时）：规则表达式超过 {ex.MatchTimeout.TotalSeconds:0.#} 秒未完成，请稍后重新运行；反复出现请报告该表达式：{ex.Pattern}");
            return ExitCodes.Invalid;
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            // --db names a file that is not a ReviewEngine database (or is locked or damaged).
            error.WriteLine($"--db: 数据库无法打开：{ex.Message}");
            return ExitCodes.BadInput;
        }
    }
}
