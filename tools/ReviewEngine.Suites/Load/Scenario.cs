using System.Diagnostics;

namespace ReviewEngine.Suites.Load;

/// <summary>
/// One measured request kind: <paramref name="Send"/> makes one request as virtual user n and says whether it
/// succeeded; <paramref name="Wrk"/>, for GET scenarios, the same requests for <see cref="WrkRunner"/>.
/// </summary>
public sealed record Scenario(string Name, Func<int, int, Task<bool>> Send, WrkRequests? Wrk = null)
{
    public sealed record Result(string Name, int Requests, int Errors, double Seconds, double P50, double P99)
    {
        public double PerSecond => Requests / Seconds;
    }

    /// <summary>Closed loop: <paramref name="users"/> users send back to back; a warm-up first, then the measured window.</summary>
    public async Task<Result> RunAsync(int users, TimeSpan warmUp, TimeSpan window)
    {
        await LoopAsync(users, warmUp, null);
        var latencies = new List<double>[users];
        var errors = new int[users];
        var clock = Stopwatch.StartNew();
        await LoopAsync(users, window, (user, ms, ok) =>
        {
            (latencies[user] ??= []).Add(ms);
            errors[user] += ok ? 0 : 1;
        });
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.Where(l => l is not null).SelectMany(l => l).Order().ToList();
        return new Result(Name, all.Count, errors.Sum(), seconds, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private async Task LoopAsync(int users, TimeSpan duration, Action<int, double, bool>? record)
    {
        var end = DateTime.UtcNow + duration;
        await Task.WhenAll(Enumerable.Range(0, users).Select(user => Task.Run(async () =>
        {
            for (var i = 0; DateTime.UtcNow < end; i++)
            {
                var start = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await Send(user, i);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    ok = false;
                }

                record?.Invoke(user, Stopwatch.GetElapsedTime(start).TotalMilliseconds, ok);
            }
        })));
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}
