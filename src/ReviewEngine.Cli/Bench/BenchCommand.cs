using System.CommandLine;

namespace ReviewEngine.Cli.Bench;

/// <summary>`review bench …`: speed measurements that print a ratio against a baseline run in the same process.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Benchmarks (each prints the baseline, the system under test and their ratio)");
        bench.Subcommands.Add(WorkflowBench.Create());
        bench.Subcommands.Add(PreCheckBench.Create());
        bench.Subcommands.Add(SearchBench.Create());
        bench.Subcommands.Add(ContractBench.Create());
        return bench;
    }
}
