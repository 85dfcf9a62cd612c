using System.Diagnostics;

namespace ReviewEngine.Suites.Common;

/// <summary>Runs the built `review` command as its own process, as a user or a script would.</summary>
public sealed class CliRunner(SuiteOptions options)
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr, bool TimedOut);

    public async Task<Result> RunAsync(IEnumerable<string> args, int timeoutSeconds = 60)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = options.Repo,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(options.CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new Result(-1, await stdout, await stderr, true);
        }

        return new Result(process.ExitCode, await stdout, await stderr, false);
    }
}
