using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using ReviewEngine.Suites.Common;

namespace ReviewEngine.Suites.BadInput;

/// <summary>
/// scripts/bad-input.sh: starts the app on a fresh data folder, saves a few good cases, snapshots them, sends every
/// malformed input (HTTP and command line), then checks that the app still answers, that nothing saved before
/// changed, and that every audit chain still verifies.
/// </summary>
public static class BadInputSuite
{
    public static async Task<int> RunAsync(SuiteOptions options)
    {
        var clock = Stopwatch.StartNew();
        var output = Console.Out;
        if (Directory.Exists(options.Data))
        {
            Directory.Delete(options.Data, recursive: true);
        }

        var work = Path.Combine(options.Data, "inputs");
        var tally = new Tally();
        await using var app = await AppProcess.StartAsync(options, "app.log", true, $"--ReviewEngine:MaxUploadMegabytes={UploadInputs.LimitMegabytes}");
        using var http = ApiClient.CreateHttp(options.Port, timeoutSeconds: 120);
        var ctx = await PrepareAsync(http, work);
        var before = DataSnapshot.Take(options.DatabasePath);
        output.WriteLine($"before: {before}");

        var probe = new HttpProbe(await ApiClient.LoginAsync(http, "lb-registrar"));
        var drafterProbe = new HttpProbe(await ApiClient.LoginAsync(http, "lb-drafter"));
        var cli = new CliRunner(options);
        var cliInputs = new CliInputs(options, cli, work);
        var httpCases = JsonBodyInputs.All(drafterProbe, ctx).Concat(SemanticInputs.All(probe, ctx)).Concat(UploadInputs.All(drafterProbe, probe, ctx)).ToList();
        var cliCases = cliInputs.All(options.DatabasePath).Concat(new WorkflowInputs(options.Repo, work, cliInputs).All()).ToList();
        output.WriteLine($"{httpCases.Count} HTTP inputs, {cliCases.Count} command-line inputs");

        foreach (var c in httpCases)
        {
            Record(tally, c, await c.Run());
        }

        // Each command is its own process; two at a time keep both cores busy without starving the app.
        await Parallel.ForEachAsync(cliCases, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (c, _) => Record(tally, c, await c.Run()));

        await CheckAfterAsync(options, http, cli, before, app, tally);
        output.WriteLine($"elapsed {clock.Elapsed.TotalSeconds:F0} s");
        return tally.Report(output);
    }

    private static void Record(Tally tally, BadInputCase c, Verdict v) => tally.Add(c.Group, c.Name, v.Outcome, v.Passed, v.Detail);

    private static async Task CheckAfterAsync(SuiteOptions options, HttpClient http, CliRunner cli, DataSnapshot before, AppProcess app, Tally tally)
    {
        var health = await http.GetAsync("/health");
        tally.Check("after", "app still running and healthy", !app.HasExited && health.IsSuccessStatusCode, $"health {(int)health.StatusCode}");
        var after = DataSnapshot.Take(options.DatabasePath);
        var differences = before.Differences(after).ToList();
        Console.WriteLine($"after:  {after}");
        tally.Check("after", "saved cases, tasks, audit events and documents unchanged", differences.Count == 0, string.Join("; ", differences));
        var verify = await cli.RunAsync(["audit", "verify", "--db", options.DatabasePath]);
        tally.Check("after", "review audit verify passes", verify.ExitCode == 0, verify.Stdout.Trim() + verify.Stderr.Trim());
        Console.WriteLine(verify.Stdout.Trim());
    }

    /// <summary>Two submitted cases in 罗埠镇 (one accepted, one in registration) and one in 城北街道.</summary>
    private static async Task<BadInputContext> PrepareAsync(HttpClient http, string work)
    {
        Directory.CreateDirectory(work);
        var drafter = await ApiClient.LoginAsync(http, "lb-drafter");
        var registrar = await ApiClient.LoginAsync(http, "lb-registrar");
        var accepted = await SubmitAsync(drafter, "已受理的规范性文件");
        var (status, _) = await registrar.PostAsync($"/api/cases/{accepted}/actions", new { actionId = "accept" });
        Require(status == 200, $"accept answered {status}");
        var open = await SubmitAsync(drafter, "登记中的规范性文件");
        var other = await SubmitAsync(await ApiClient.LoginAsync(http, "cb-drafter"), "城北街道的规范性文件");
        var (_, details) = await registrar.GetAsync($"/api/cases/{open}");
        var task = details!["openTasks"]!.AsArray()[0]!["id"]!.GetValue<Guid>();
        return new BadInputContext(open, details["version"]!.GetValue<long>(), task, other, work);
    }

    public static async Task<Guid> SubmitAsync(ApiClient drafter, string title)
    {
        var documents = new JsonArray(
            new JsonObject { ["fileName"] = "送审稿.docx", ["base64"] = Convert.ToBase64String(Docx.Valid(title)), ["materialId"] = "draft" },
            Text("起草说明.txt", "起草说明", "draftingNote"), Text("制定依据.txt", "制定依据清单", "legalBasis"), Text("征求意见.txt", "公开征求意见情况", "publicComment"));
        var (status, body) = await drafter.PostAsync("/api/cases", new JsonObject { ["kind"] = "NORMATIVE_DOC", ["title"] = title, ["documents"] = documents });
        Require(status == 201, $"submit answered {status}: {body}");
        return body!["id"]!.GetValue<Guid>();
    }

    private static JsonObject Text(string name, string text, string material) =>
        new() { ["fileName"] = name, ["base64"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(text)), ["materialId"] = material };

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
