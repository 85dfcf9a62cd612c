using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Common;
using ReviewEngine.Application.Organisations;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Cli.Common;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Persistence;
using ReviewEngine.Infrastructure.Seeding;

namespace ReviewEngine.Cli.Bench;

/// <summary>
/// Persisted reviewer actions per second through the real handler, aggregate, EF Core and a SQLite file,
/// against a raw Microsoft.Data.Sqlite baseline writing the same rows per transaction, in the same process.
/// </summary>
internal sealed class WorkflowBench(TextWriter output, string directory, int cases, int actions)
{
    public static Command Create()
    {
        var actions = new Option<int>("--actions") { Description = "测量的动作数", DefaultValueFactory = _ => 20_000 };
        var cases = new Option<int>("--cases") { Description = "案件数", DefaultValueFactory = _ => 200 };
        var dir = new Option<string>("--dir") { Description = "数据库目录", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "reviewengine-bench") };
        var command = new Command("workflow", "审查动作吞吐量：真实聚合 + EF Core + SQLite 文件，对比原生 Microsoft.Data.Sqlite 基线") { actions, cases, dir };
        command.SetAction(async (parse, ct) =>
        {
            var bench = new WorkflowBench(parse.InvocationConfiguration.Output, parse.GetValue(dir)!, parse.GetValue(cases), parse.GetValue(actions));
            await bench.RunAsync(ct);
            return 0;
        });
        return command;
    }

    // Which cases are currently with the lawyer, so each action is the one the case's state allows.
    private readonly HashSet<int> _atLawyer = [];

    public async Task<(double Engine, double Raw)> RunAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        var enginePath = Path.Combine(directory, "bench-engine.db");
        var rawPath = Path.Combine(directory, "bench-raw.db");
        foreach (var f in Directory.GetFiles(directory, "bench-*.db*"))
        {
            File.Delete(f);
        }

        await using var services = await CliHost.OpenAsync(enginePath, null);
        var route = BenchRoute.From(services.GetRequiredService<IWorkflowCatalog>().ForKind(MatterKind.NormativeDocument).Definition);
        var caseIds = await PrepareCasesAsync(services, route, ct);
        CopyDatabase(enginePath, rawPath); // same schema and starting rows for the baseline

        var raw = new RawSqliteBaseline(rawPath, route);
        raw.Run(caseIds, Math.Min(actions, 2000)); // warm-up
        var rawRate = Measure(() => raw.Run(caseIds, actions));
        var rawWal = MeasureWal(rawPath, () => raw.Run(caseIds, WalWindow));
        raw.Dispose();

        var reviewer = await ResolveAsync(services, "lb-reviewer", Roles.Reviewer);
        var lawyer = await ResolveAsync(services, "lb-lawyer", Roles.Lawyer);
        await RunEngineAsync(services, route, caseIds, reviewer, lawyer, Math.Min(actions, 2000), ct); // warm-up (JIT, caches)
        var engineRate = await MeasureAsync(() => RunEngineAsync(services, route, caseIds, reviewer, lawyer, actions, ct));
        var engineWal = await MeasureWalAsync(enginePath, () => RunEngineAsync(services, route, caseIds, reviewer, lawyer, WalWindow, ct));

        var aggregateRate = await MeasureAsync(() => AggregateOnly.RunAsync(services, reviewer, lawyer, actions, cases));
        output.WriteLine($"aggregate only (no persistence)    : {aggregateRate,10:N0} actions/s");
        output.WriteLine($"raw Microsoft.Data.Sqlite baseline : {rawRate,10:N0} actions/s");
        output.WriteLine($"ReviewEngine (aggregate + EF Core) : {engineRate,10:N0} actions/s");
        output.WriteLine($"ratio engine / baseline            : {engineRate / rawRate,10:P0}");
        WriteWal(engineWal, rawWal);
        return (engineRate, rawRate);
    }

    private async Task<List<Guid>> PrepareCasesAsync(IServiceProvider services, BenchRoute route, CancellationToken ct)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            await DemoDistrict.SeedAsync(scope.ServiceProvider.GetRequiredService<ReviewDbContext>(), ct);
        }

        var drafter = await ResolveAsync(services, "lb-drafter", Roles.Drafter);
        var registrar = await ResolveAsync(services, "lb-registrar", Roles.Registrar);
        var ids = new List<Guid>();
        string[] materials = ["draft", "draftingNote", "legalBasis", "publicComment"];
        for (var i = 0; i < cases; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var uploads = materials.Select(m => DocumentUpload.From(m + ".txt", "text/plain", Encoding.UTF8.GetBytes($"{m} {i}"), m)).ToArray();
            var c = await scope.ServiceProvider.GetRequiredService<SubmitCaseHandler>().HandleAsync(
                new SubmitCaseCommand(drafter, MatterKind.NormativeDocument, $"基准测试文件 {i}", "综合办", null, new Dictionary<string, string>(), uploads), ct);
            await scope.ServiceProvider.GetRequiredService<PerformCaseActionHandler>().HandleAsync(new PerformCaseActionCommand(c.Id, registrar, new ActionRequest(route.Accept)), ct);
            ids.Add(c.Id);
        }

        return ids;
    }

    /// <summary>Each action is one request's worth of work: a DI scope, a context, one open connection (as the web
    /// app's RequestConnection holds it for a signed-in request), load, act, save.</summary>
    private async Task RunEngineAsync(IServiceProvider services, BenchRoute route, List<Guid> ids, Actor reviewer, Actor lawyer, int count, CancellationToken ct)
    {
        var toLawyer = new ActionRequest(route.ToLawyer);
        var back = new ActionRequest(route.Back, Comment: "已出具书面法律意见");
        for (var i = 0; i < count; i++)
        {
            var n = i % ids.Count;
            var id = ids[n];
            var forward = !_atLawyer.Contains(n);
            if (!_atLawyer.Add(n))
            {
                _atLawyer.Remove(n);
            }

            await using var scope = services.CreateAsyncScope();
            await using var connection = await scope.ServiceProvider.GetRequiredService<IReviewDbContext>().HoldConnectionAsync(ct);
            await scope.ServiceProvider.GetRequiredService<PerformCaseActionHandler>()
                .HandleAsync(new PerformCaseActionCommand(id, forward ? reviewer : lawyer, forward ? toLawyer : back), ct);
        }
    }

    private static async Task<Actor> ResolveAsync(IServiceProvider services, string user, string role)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ActorResolver>().ResolveAsync(user, role);
    }

    /// <summary>SQLite's online backup: a consistent copy even while the WAL holds recent commits.</summary>
    private static void CopyDatabase(string from, string to)
    {
        using var source = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={from}");
        using var target = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={to}");
        source.Open();
        target.Open();
        source.BackupDatabase(target);
    }

    /// <summary>Actions in the untimed window whose WAL frames are counted (<see cref="WalMeter"/>).</summary>
    private int WalWindow => Math.Min(actions, 1000);

    private WalReading MeasureWal(string path, Action run)
    {
        using var meter = WalMeter.Start(path);
        run();
        return meter.Read();
    }

    private async Task<WalReading> MeasureWalAsync(string path, Func<Task> run)
    {
        using var meter = WalMeter.Start(path);
        await run();
        return meter.Read();
    }

    private void WriteWal(WalReading engine, WalReading raw)
    {
        output.WriteLine($"WAL pages per action (engine)      : {(double)engine.Frames / WalWindow,10:N1}");
        output.WriteLine($"WAL pages per action (baseline)    : {(double)raw.Frames / WalWindow,10:N1}");
        output.WriteLine($"  by table or index, over {WalWindow:N0} actions (engine / baseline):");
        foreach (var name in engine.ByObject.Keys.Union(raw.ByObject.Keys).OrderByDescending(n => engine.ByObject.GetValueOrDefault(n)))
        {
            output.WriteLine($"    {name,-66} {(double)engine.ByObject.GetValueOrDefault(name) / WalWindow,5:N2} / {(double)raw.ByObject.GetValueOrDefault(name) / WalWindow,5:N2}");
        }
    }

    private double Measure(Action run)
    {
        var sw = Stopwatch.StartNew();
        run();
        return actions / sw.Elapsed.TotalSeconds;
    }

    private async Task<double> MeasureAsync(Func<Task> run)
    {
        var sw = Stopwatch.StartNew();
        await run();
        return actions / sw.Elapsed.TotalSeconds;
    }
}
