using System.Diagnostics;
using ReviewEngine.Suites.BadInput;
using ReviewEngine.Suites.Common;

namespace ReviewEngine.Suites.Security;

/// <summary>
/// scripts/security.sh: replays the findings of issue 18 against the built app on loopback (fresh data folder,
/// account checks trusted for one second so the CLI's disable and reset-password show within the run).
/// </summary>
public static class SecuritySuite
{
    public static async Task<int> RunAsync(SuiteOptions options)
    {
        var clock = Stopwatch.StartNew();
        if (Directory.Exists(options.Data))
        {
            Directory.Delete(options.Data, recursive: true);
        }

        var tally = new Tally();
        await using var app = await AppProcess.StartAsync(options, "app.log", true);
        using var http = ApiClient.CreateHttp(options.Port, timeoutSeconds: 120);
        var drafter = await ApiClient.LoginAsync(http, "lb-drafter");
        var registrar = await ApiClient.LoginAsync(http, "lb-registrar");

        await SecurityChecks.PrecedentsAndMetadataAsync(tally, http, drafter);
        await SecurityChecks.RacesAndBoundsAsync(tally, http, drafter, registrar);
        await SecurityChecks.IdempotencyAsync(tally, drafter);
        await SecurityChecks.HeadersAndCookieAsync(tally, options.Port);
        await SecurityChecks.UploadsAsync(tally, drafter);
        await SecurityChecks.SessionsAsync(tally, http, new CliRunner(options), options.DatabasePath);
        // Last: it throttles this address for wc-admin.
        await SecurityChecks.LoginAsync(tally, http, new CliRunner(options), options.DatabasePath);

        var health = await http.GetAsync("/health");
        tally.Check("after", "app still running and healthy", !app.HasExited && health.IsSuccessStatusCode, $"health {(int)health.StatusCode}");
        Console.WriteLine($"elapsed {clock.Elapsed.TotalSeconds:F0} s");
        return tally.Report(Console.Out);
    }

    public static Task<Guid> SubmitAsync(ApiClient drafter, string title) => BadInputSuite.SubmitAsync(drafter, title);
}
