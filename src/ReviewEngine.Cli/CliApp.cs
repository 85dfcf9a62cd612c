using System.CommandLine;
using ReviewEngine.Cli.Bench;
using ReviewEngine.Cli.Templates;

namespace ReviewEngine.Cli;

/// <summary>The `review` command tree. Each feature contributes one command group from its own folder.</summary>
public static class CliApp
{
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand("ReviewEngine — 行政合法性审查 command line");
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(TemplatesCommand.Create());
        root.Subcommands.Add(IndexCommand.Create());
        return root;
    }

    /// <summary>Runs the command line with explicit writers so tests can capture the output in-process.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var config = new InvocationConfiguration { Output = output, Error = error };
        return BuildRootCommand().Parse(args).Invoke(config);
    }
}
