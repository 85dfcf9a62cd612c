using System.CommandLine;

namespace ReviewEngine.Cli.Bench;

/// <summary>`review bench …`: speed measurements that print a ratio against a baseline run in the same process.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Benchmarks (each prints the baseline, the system under test and their ratio)");
        bench.Subcommands.Add(Workflow());
        return bench;
    }

    private static Command Workflow()
    {
        var actions = new Option<int>("--actions") { Description = "测量的动作数", DefaultValueFactory = _ => 20_000 };
        var cases = new Option<int>("--cases") { Description = "案件数", DefaultValueFactory = _ => 200 };
        var dir = new Option<string>("--dir") { Description = "数据库目录", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "reviewengine-bench") };
        var command = new Command("workflow", "审查动作吞吐量：真实聚合 + EF Core + SQLite 文件，对比原生 Microsoft.Data.Sqlite 基线") { actions, cases, dir };
        command.SetAction(async (parse, ct) =>
        {
            var bench = new WorkflowBench(parse.InvocationConfiguration.Output, parse.GetValue(dir)!, parse.GetValue(cases), parse.GetValue(actions));
            await bench.RunAsync(ct);
            return 0;
        });
        return command;
    }
}
