using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ReviewEngine.Suites.Common;

namespace ReviewEngine.Suites.Security;

public static partial class SecurityChecks
{
    /// <summary>L3: guessing is throttled per account at an address, names are not told apart by time, an administrator can unlock.</summary>
    public static async Task LoginAsync(Tally tally, HttpClient http, CliRunner cli, string database)
    {
        var statuses = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((int)(await Login(http, "wc-admin", "wrong-" + i)).StatusCode);
        }

        var sixth = await Login(http, "wc-admin", ApiClient.DemoPassword);
        var sixthText = await sixth.Content.ReadAsStringAsync();
        tally.Check("L3 login", "five wrong passwords for wc-admin from one address: the sixth try (even the right password) answers 429",
            statuses.All(s => s == 401) && sixth.StatusCode == HttpStatusCode.TooManyRequests && sixthText.Contains("分钟后再试"), $"{string.Join(",", statuses)} then {(int)sixth.StatusCode} {sixthText}");

        var other = await Login(http, "lb-registrar", ApiClient.DemoPassword);
        tally.Check("L3 login", "the guesser's address can still sign in to other accounts (the throttle is per account at an address)",
            other.StatusCode == HttpStatusCode.OK, $"answered {(int)other.StatusCode}");

        // Four tries each, medians compared: an unknown name must cost one password hash check, like a known one.
        var known = await MedianMillisecondsAsync(http, "lb-reviewer");
        var unknown = await MedianMillisecondsAsync(http, "no-such-user-7");
        var ratio = unknown / Math.Max(known, 0.1);
        tally.Check("L3 login", "an unknown user name answers in about the time of a known one (ratio 0.5–2)", ratio is > 0.5 and < 2,
            $"known {known:F1} ms, unknown {unknown:F1} ms, ratio {ratio:F2}");

        var unlock = await cli.RunAsync(["users", "unlock", "wc-admin", "--db", database]);
        tally.Check("L3 login", "review users unlock wc-admin ends an account lockout", unlock.ExitCode == 0 && unlock.Stdout.Contains("已解除"),
            $"exit {unlock.ExitCode} {unlock.Stdout.Trim()} {unlock.Stderr.Trim()}");
    }

    private static Task<HttpResponseMessage> Login(HttpClient http, string user, string password) =>
        http.PostAsJsonAsync("/api/auth/login", new { userName = user, password });

    private static async Task<double> MedianMillisecondsAsync(HttpClient http, string user)
    {
        var times = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await Login(http, user, "not-the-password-" + i);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times[1] + times[2]) / 2;
    }
}
