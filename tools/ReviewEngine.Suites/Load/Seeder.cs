using System.Diagnostics;
using Microsoft.Data.Sqlite;
using ReviewEngine.Suites.Common;

namespace ReviewEngine.Suites.Load;

/// <summary>
/// `seed --cases 100000`: a fresh data folder with prototype cases made through the API, then bulk copies of them
/// (cloned in one SQLite transaction) split evenly between 罗埠镇 and 城北街道 and across states like a district's
/// history: most cases closed, a fifth open. Finishes with `review audit verify` on the result.
/// </summary>
public static class Seeder
{
    // Share of copies per prototype state: closed (out of scope / withdrawn) and open (registration, review, lawyer).
    private static readonly Dictionary<string, double> Mix = new()
    {
        ["outOfScope"] = 0.45,
        ["withdrawn"] = 0.35,
        ["registration"] = 0.06,
        ["townshipReview"] = 0.10,
        ["lawyerOpinion"] = 0.04,
    };

    public static async Task<int> RunAsync(SuiteOptions options)
    {
        var total = options.Int("cases", 100_000);
        var clock = Stopwatch.StartNew();
        if (Directory.Exists(options.Data))
        {
            Directory.Delete(options.Data, recursive: true);
        }

        await using (var app = await AppProcess.StartAsync(options, "seed-app.log"))
        {
            using var http = ApiClient.CreateHttp(options.Port);
            await Prototypes.CreateAsync(http);

            // The deadline processor plans the prototypes' timers on its next tick (every minute); the copies inherit them.
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, 65 - clock.Elapsed.TotalSeconds)));
        }

        Console.WriteLine($"prototypes made through the API in {clock.Elapsed.TotalSeconds:F1} s");
        await using (var db = new SqliteConnection($"Data Source={options.DatabasePath}"))
        {
            db.Open();
            var cloner = new CaseCloner(db);
            var prototypes = cloner.Load();
            var random = new Random(2026);
            var next = prototypes.GroupBy(p => p.Township).ToDictionary(g => g.Key, g => g.Count() + 1);
            var copies = new List<(CaseCloner.Prototype, string)>(total);
            for (var i = 0; i < total; i++)
            {
                var township = i % 2 == 0 ? "luobu" : "chengbei";
                var state = Pick(random);
                var prototype = prototypes.First(p => p.Township == township && p.State == state);
                copies.Add((prototype, $"{township}-{DateTime.UtcNow.Year}-{next[township]++:D4}"));
            }

            var cloning = Stopwatch.StartNew();
            cloner.Clone(copies);
            using var checkpoint = db.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
            Console.WriteLine($"cloned {total:N0} cases in {cloning.Elapsed.TotalSeconds:F1} s ({total / cloning.Elapsed.TotalSeconds:N0} cases/s)");
        }

        var verify = await new CliRunner(options).RunAsync(["audit", "verify", "--db", options.DatabasePath], timeoutSeconds: 600);
        Console.WriteLine(verify.Stdout.Trim() + verify.Stderr.Trim());
        Console.WriteLine($"seeded {options.DatabasePath} in {clock.Elapsed.TotalSeconds:F0} s");
        return verify.ExitCode;
    }

    private static string Pick(Random random)
    {
        var x = random.NextDouble();
        foreach (var (state, share) in Mix)
        {
            if ((x -= share) < 0)
            {
                return state;
            }
        }

        return "outOfScope";
    }
}
