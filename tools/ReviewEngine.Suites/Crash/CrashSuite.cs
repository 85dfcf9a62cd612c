using System.Diagnostics;
using ReviewEngine.Suites.Common;

namespace ReviewEngine.Suites.Crash;

/// <summary>
/// scripts/crash-test.sh: the app on a fresh data folder under load from four simulated townships' users, killed with
/// SIGKILL at random moments (20 times by default) and restarted each time; then every acknowledged write must be in
/// the database, every audit chain must verify, no document may be torn, and search must match the template sources.
/// </summary>
public static class CrashSuite
{
    public static async Task<int> RunAsync(SuiteOptions options)
    {
        var clock = Stopwatch.StartNew();
        var kills = options.Int("kills", 20);
        var seed = options.Int("seed", Environment.TickCount);
        var random = new Random(seed);
        if (Directory.Exists(options.Data))
        {
            Directory.Delete(options.Data, recursive: true);
        }

        Directory.CreateDirectory(options.Data);
        Console.WriteLine($"data {options.Data}, port {options.Port}, {kills} kills, seed {seed}");
        var tally = new Tally();
        var acks = new ConcurrentAcks(Path.Combine(options.Data, "acknowledged.log"));
        var app = await AppProcess.StartAsync(options, "app.log");
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 4).Select(i => new LoadWorker(options.Port, i % 2 == 0 ? "lb" : "cb", seed + i, acks)).ToList();
        var running = workers.Select(w => Task.Run(() => w.RunAsync(stop.Token))).ToList();

        // Steady load first, so the first kills find cases in every state.
        await Task.Delay(TimeSpan.FromSeconds(options.Int("warmup", 10)));
        var restarts = 0;
        for (var k = 1; k <= kills; k++)
        {
            // Random moments: sometimes right after start-up (migrations, index opening), mostly under steady load.
            var wait = random.Next(0, 5) == 0 ? random.Next(50, 600) : random.Next(1000, 6000);
            await Task.Delay(wait);
            var before = acks.Snapshot().Count;
            await app.KillAsync();
            await app.DisposeAsync();
            Console.WriteLine($"kill {k,2}: after {wait,4} ms, {before} acknowledged so far");
            try
            {
                app = await AppProcess.StartAsync(options, "app.log");
                restarts++;
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
            {
                tally.Check("restart", $"restart after kill {k}", false, ex.Message);
                return Finish(tally, clock);
            }
        }

        await stop.CancelAsync();
        await Task.WhenAll(running);
        tally.Check("restart", $"app restarted after every kill ({kills})", restarts == kills, $"{restarts} restarts");
        Console.WriteLine($"client errors (dropped connections while the app was down): {workers.Sum(w => w.Errors)}");
        var statuses = workers.SelectMany(w => w.Statuses).GroupBy(s => s.Key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Sum(x => x.Value)}");
        Console.WriteLine($"answers seen by the client: {string.Join(", ", statuses)}");

        var all = acks.Snapshot();
        tally.Check("load", "load was acknowledged throughout", all.Count >= kills * 2, $"{all.Count} acknowledgements");
        var checks = new CrashChecks(options, tally);
        using (var http = ApiClient.CreateHttp(options.Port))
        {
            await checks.SearchAsync(http);
        }

        await app.DisposeAsync();
        checks.Acknowledged(all);
        checks.Documents(all);
        await checks.AuditAndIntegrityAsync();
        return Finish(tally, clock);
    }

    private static int Finish(Tally tally, Stopwatch clock)
    {
        Console.WriteLine($"elapsed {clock.Elapsed.TotalSeconds:F0} s");
        return tally.Report(Console.Out);
    }
}
