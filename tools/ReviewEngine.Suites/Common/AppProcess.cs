using System.Diagnostics;

namespace ReviewEngine.Suites.Common;

/// <summary>The web app as a child process on loopback (Development: migrations, demo district and users).</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private AppProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
    }

    public int Pid => _process.Id;

    public static async Task<AppProcess> StartAsync(SuiteOptions options, string logName, bool quiet = true, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = options.Repo,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { options.WebDll, "--urls", $"http://127.0.0.1:{options.Port}", $"--ReviewEngine:DataDirectory={options.Data}" }.Concat(extra))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        if (quiet)
        {
            // Per-request console logging would dominate a load run and fill the log of a long suite.
            start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
            start.Environment["Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime"] = "Warning";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        }

        Directory.CreateDirectory(options.Data);
        var log = new StreamWriter(Path.Combine(options.Data, logName), append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, log);
        await app.WaitHealthyAsync(options.Port);
        return app;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    public bool HasExited => _process.HasExited;

    private async Task WaitHealthyAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the app exited with code {_process.ExitCode} during start-up");
            }

            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the app did not become healthy within 90 s");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing — what a power cut looks like to the process.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }
}
