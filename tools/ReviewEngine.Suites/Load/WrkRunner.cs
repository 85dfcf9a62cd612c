using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ReviewEngine.Suites.Load;

/// <summary>The GET requests of a scenario as wrk sends them: paths drawn at random, fixed headers (the bearer token or the auth cookie).</summary>
public sealed record WrkRequests(IReadOnlyList<string> Paths, IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// `load --driver wrk`: the GET scenarios driven by Debian's wrk (C, event loop, two threads) instead of the
/// in-process HttpClient loop. Both are closed loops of <c>users</c> connections; wrk costs the shared two cores far
/// less (GET /health: ≈ 29,000 req/s under wrk against ≈ 10,000 under the HttpClient driver), so what it reports is
/// closer to the server's own latency. The action POST keeps the built-in driver: each request depends on the case's
/// state, which a wrk script cannot follow.
/// </summary>
public static class WrkRunner
{
    public static bool Available => File.Exists("/usr/bin/wrk");

    public static async Task<Scenario.Result> RunAsync(string name, WrkRequests requests, int port, int users, TimeSpan warmUp, TimeSpan window)
    {
        var script = Path.Combine(Path.GetTempPath(), $"reviewengine-wrk-{Environment.ProcessId}.lua");
        await File.WriteAllTextAsync(script, Script(requests));
        try
        {
            await RunWrkAsync(script, port, users, warmUp);
            var output = await RunWrkAsync(script, port, users, window);
            return Parse(name, output);
        }
        finally
        {
            File.Delete(script);
        }
    }

    /// <summary>
    /// wrk's Lua hooks: <c>request</c> picks a path per request; <c>done</c> prints one machine-readable line (latency
    /// in microseconds), so nothing depends on wrk's human-readable units.
    /// </summary>
    private static string Script(WrkRequests requests)
    {
        var lua = new StringBuilder();
        lua.AppendLine("local paths = {");
        foreach (var path in requests.Paths)
        {
            lua.Append("  ").Append(Quote(path)).AppendLine(",");
        }

        lua.AppendLine("}");
        lua.AppendLine("local headers = {}");
        foreach (var (header, value) in requests.Headers)
        {
            lua.Append("headers[").Append(Quote(header)).Append("] = ").Append(Quote(value)).AppendLine();
        }

        // Each wrk thread has its own Lua state with the same default seed: without a seed per thread both threads
        // would ask for the same cases in the same order.
        lua.AppendLine("""
            local next_id = 1
            setup = function(thread)
              thread:set("thread_id", next_id)
              next_id = next_id + 1
            end
            init = function(args)
              math.randomseed(os.time() * 1000 + thread_id)
            end
            request = function()
              return wrk.format("GET", paths[math.random(#paths)], headers)
            end
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("RESULT %d %d %d %d %d\n", summary.requests, summary.duration,
                latency:percentile(50), latency:percentile(99), e.connect + e.read + e.write + e.timeout + e.status))
            end
            """);
        return lua.ToString();
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static async Task<string> RunWrkAsync(string script, int port, int users, TimeSpan duration)
    {
        var start = new ProcessStartInfo("/usr/bin/wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "-t2", $"-c{users}", $"-d{(int)duration.TotalSeconds}s", "--timeout", "10s", "-s", script, $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start");
        var reading = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        var output = await reading;
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"wrk exited with {process.ExitCode}: {error}{output}");
    }

    private static Scenario.Result Parse(string name, string output)
    {
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no RESULT line:\n{output}");
        var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return new Scenario.Result(name, (int)f[0], (int)f[4], f[1] / 1e6, f[2] / 1000, f[3] / 1000);
    }
}
