using System.Net;
using System.Text.RegularExpressions;
using ReviewEngine.Suites.Common;

namespace ReviewEngine.Suites.Load;

/// <summary>
/// `load --data &lt;seeded folder&gt;`: the app on loopback over a seeded database, 50 concurrent users per scenario,
/// requests/s and p50/p99 for GET /health (the baseline), GET /api/me (the signed-in floor), the inbox and case page (API and Razor page), an action
/// POST and template search. Prints a table with each scenario's throughput as a ratio of the baseline.
/// </summary>
public static partial class LoadBench
{
    private static readonly string[] Queries = ["土地 征收 补偿", "招商引资 税收", "违约责任", "房屋租赁", "特许经营", "采购 验收", "政府 合作 协议", "保密"];

    public static async Task<int> RunAsync(SuiteOptions options)
    {
        var users = options.Int("users", 50);
        var window = TimeSpan.FromSeconds(options.Int("seconds", 10));
        var warmUp = TimeSpan.FromSeconds(3);
        var database = new LoadDatabase(options);
        await database.PrepareAsync();
        var (caseIds, actionCases) = await SampleAsync(database);
        await using var app = await AppProcess.StartAsync(options, "load-app.log", quiet: true, database.AppArguments);
        await WaitForDeadlinePlanningAsync(database);
        using var http = ApiClient.CreateHttp(options.Port);
        var reviewer = await ApiClient.LoginAsync(http, "lb-reviewer");
        var lawyer = await ApiClient.LoginAsync(http, "lb-lawyer");
        var (page, cookie) = await CookieClientAsync(options.Port, "lb-reviewer");
        var actions = new ActionRoundTrip(http, reviewer, lawyer, actionCases, users);
        Console.WriteLine($"cases in township review or with the lawyer for the action scenario: {actions.Count:N0}");

        async Task<bool> Ok(Task<HttpResponseMessage> send)
        {
            using var response = await send;
            await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode;
        }

        Task<bool> Get(string path) => Ok(http.SendAsync(reviewer.Request(HttpMethod.Get, path)));
        string RandomCase(int i) => caseIds[(i * 7919 + Random.Shared.Next(caseIds.Count)) % caseIds.Count].ToString();
        var bearer = new Dictionary<string, string> { ["Authorization"] = $"Bearer {reviewer.Token}" };
        var cookies = new Dictionary<string, string> { ["Cookie"] = cookie };
        var casePaths = caseIds.Select(id => id.ToString()).ToList();
        var searches = Queries.Select(q => $"/api/templates/search?q={Uri.EscapeDataString(q)}").ToList();
        var scenarios = new List<Scenario>
        {
            new("GET /health (baseline)", (_, _) => Ok(http.GetAsync("/health")), new(["/health"], new Dictionary<string, string>())),
            // The cheapest signed-in request (token check, viewer resolution, a small JSON body): what every page pays
            // before it reads any case, so the pages' figures can be read against it.
            new("GET /api/me (signed-in floor)", (_, _) => Get("/api/me"), new(["/api/me"], bearer)),
            new("GET /api/inbox", (_, _) => Get("/api/inbox"), new(["/api/inbox"], bearer)),
            new("GET /api/cases/{id}", (_, i) => Get($"/api/cases/{RandomCase(i)}"), new([.. casePaths.Select(id => $"/api/cases/{id}")], bearer)),
            new("GET / (inbox page)", (_, _) => Ok(page.GetAsync("/")), new(["/"], cookies)),
            new("GET /Cases/Details/{id} (case page)", (_, i) => Ok(page.GetAsync($"/Cases/Details/{RandomCase(i)}")),
                new([.. casePaths.Select(id => $"/Cases/Details/{id}")], cookies)),
            new("POST /api/cases/{id}/actions", (user, _) => actions.SendAsync(user)),
            new("GET /api/templates/search", (_, i) => Get(searches[i % searches.Count]), new(searches, bearer)),
        };
        var driver = options.Values.GetValueOrDefault("driver", "http");
        if (driver == "wrk" && !WrkRunner.Available)
        {
            throw new InvalidOperationException("--driver wrk: /usr/bin/wrk not found (apt-get install wrk)");
        }

        Console.WriteLine($"driver: {(driver == "wrk" ? "wrk (GET scenarios), HttpClient (POST)" : "HttpClient")}");

        var only = options.Values.GetValueOrDefault("only");
        var results = new List<Scenario.Result>();
        foreach (var scenario in scenarios.Where(s => only is null || s.Name.Contains(only, StringComparison.OrdinalIgnoreCase) || s.Name.Contains("baseline")))
        {
            var result = driver == "wrk" && scenario.Wrk is { } wrk
                ? await WrkRunner.RunAsync(scenario.Name, wrk, options.Port, users, warmUp, window)
                : await scenario.RunAsync(users, warmUp, window);
            results.Add(result);
            Console.WriteLine($"{result.Name,-38} {result.Requests,7:N0} req {result.PerSecond,8:N0} req/s  p50 {result.P50,7:F1} ms  p99 {result.P99,7:F1} ms  errors {result.Errors}");
        }

        var baseline = results[0].PerSecond;
        Console.WriteLine();
        Console.WriteLine($"| scenario | req/s | p50 ms | p99 ms | errors | req/s ÷ baseline |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            Console.WriteLine($"| {r.Name} | {r.PerSecond:N0} | {r.P50:F1} | {r.P99:F1} | {r.Errors} | {r.PerSecond / baseline:F3} |");
        }

        Console.WriteLine($"{database.Provider}, users {users}, window {window.TotalSeconds:F0} s per scenario, load average {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    /// <summary>Case ids of 罗埠镇 (what lb-reviewer may see), and its cases in township review or with the lawyer (true).</summary>
    private static async Task<(List<Guid> Cases, List<(Guid Id, bool WithLawyer)> Actionable)> SampleAsync(LoadDatabase database)
    {
        const string township = "SELECT \"Id\" FROM \"ReviewCases\" WHERE \"TownshipId\" = 'luobu'";
        var cases = await database.IdsAsync($"{township} ORDER BY random() LIMIT 5000");
        var review = await database.IdsAsync($"{township} AND \"State\" = 'townshipReview'");
        var withLawyer = await database.IdsAsync($"{township} AND \"State\" = 'lawyerOpinion'");
        return (cases, [.. review.Select(id => (id, false)), .. withLawyer.Select(id => (id, true))]);
    }

    /// <summary>
    /// The deadline processor's first tick plans timers for every open task it has not seen (seeded copies carry none):
    /// measuring during that one-off pass would measure the planner, so wait until the timer count settles.
    /// </summary>
    private static async Task WaitForDeadlinePlanningAsync(LoadDatabase database)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long last = -1;
        var stable = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(180) && stable < 3)
        {
            await Task.Delay(2000);
            var count = await database.CountAsync("DeadlineTimers");
            stable = count > 0 && count == last ? stable + 1 : 0;
            last = count;
        }

        Console.WriteLine($"deadline timers planned: {last:N0} after {clock.Elapsed.TotalSeconds:F0} s");
    }

    /// <summary>A browser-like client: the login form with its antiforgery token, then the auth cookie (also returned as a Cookie header for wrk).</summary>
    private static async Task<(HttpClient Client, string Cookie)> CookieClientAsync(int port, string user)
    {
        var jar = new CookieContainer();
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = jar, MaxConnectionsPerServer = 256, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
        };
        var form = await client.GetStringAsync("/Account/Login");
        var token = TokenPattern().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user,
            ["Password"] = ApiClient.DemoPassword,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"page login answered {(int)response.StatusCode}");
        }

        return (client, jar.GetCookieHeader(client.BaseAddress!));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
