using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ReviewEngine.Suites.Common;

namespace ReviewEngine.Suites.Crash;

/// <summary>What must hold after the kills: acknowledged writes are in the database, chains verify, documents are whole, search matches its sources.</summary>
public sealed class CrashChecks(SuiteOptions options, Tally tally)
{
    public void Acknowledged(IReadOnlyList<Acknowledgement> acks)
    {
        using var db = DataSnapshot.Open(options.DatabasePath);
        var cases = Query(db, "SELECT Id, Version FROM ReviewCases", r => (Id: Guid.Parse(r.GetString(0)), Version: r.GetInt64(1))).ToDictionary(c => c.Id, c => c.Version);
        var events = Query(db, "SELECT CaseId, Action FROM AuditEvents", r => (Case: Guid.Parse(r.GetString(0)), Action: r.GetString(1)))
            .GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
        var submits = acks.Where(a => a.Action == "submit").ToList();
        var missingCases = submits.Where(a => !cases.ContainsKey(a.CaseId)).ToList();
        tally.Check("acknowledged", $"every acknowledged submission is a case ({submits.Count})", missingCases.Count == 0, $"{missingCases.Count} missing, e.g. {missingCases.FirstOrDefault()?.CaseId}");

        var actions = acks.Where(a => a.Action != "submit").ToList();
        var lost = actions.GroupBy(a => (a.CaseId, a.Action)).Where(g => events.GetValueOrDefault(g.Key) < g.Count()).ToList();
        tally.Check("acknowledged", $"every acknowledged action is in the audit trail ({actions.Count})", lost.Count == 0, $"{lost.Count} (case, action) pairs short, e.g. {lost.FirstOrDefault()?.Key}");
        var behind = actions.Where(a => cases.GetValueOrDefault(a.CaseId, -1) < a.Version).ToList();
        tally.Check("acknowledged", "no case is behind an acknowledged version", behind.Count == 0, $"{behind.Count}, e.g. {behind.FirstOrDefault()}");
        Console.WriteLine($"database: {cases.Count} cases, {events.Values.Sum()} audit events; client saw {submits.Count} submissions and {actions.Count} actions acknowledged");
    }

    public void Documents(IReadOnlyList<Acknowledgement> acks)
    {
        using var db = DataSnapshot.Open(options.DatabasePath);
        var contents = Query(db, "SELECT Sha256, Bytes FROM DocumentContents", r => (Sha: r.GetString(0), Bytes: (byte[])r.GetValue(1))).ToList();
        var torn = contents.Where(c => Convert.ToHexStringLower(SHA256.HashData(c.Bytes)) != c.Sha).Select(c => c.Sha).ToList();
        tally.Check("documents", $"every stored document's bytes match its SHA-256 ({contents.Count})", torn.Count == 0, $"{torn.Count} torn, e.g. {torn.FirstOrDefault()}");
        var stored = contents.Select(c => c.Sha).ToHashSet(StringComparer.Ordinal);
        var referenced = Query(db, "SELECT Sha256 FROM CaseDocuments", r => r.GetString(0)).ToList();
        var dangling = referenced.Where(s => !stored.Contains(s)).ToList();
        tally.Check("documents", $"every case document has its content ({referenced.Count})", dangling.Count == 0, $"{dangling.Count} without content");
        var acked = acks.SelectMany(a => a.DocumentSha256).Distinct().ToList();
        var missing = acked.Where(s => !stored.Contains(s)).ToList();
        tally.Check("documents", $"every acknowledged upload is stored ({acked.Count})", missing.Count == 0, $"{missing.Count} missing");
    }

    public async Task AuditAndIntegrityAsync()
    {
        using (var db = DataSnapshot.Open(options.DatabasePath))
        {
            var integrity = string.Join(" ", Query(db, "PRAGMA integrity_check", r => r.GetString(0)));
            tally.Check("database", "PRAGMA integrity_check", integrity == "ok", integrity);
        }

        var verify = await new CliRunner(options).RunAsync(["audit", "verify", "--db", options.DatabasePath], timeoutSeconds: 120);
        Console.WriteLine(verify.Stdout.Trim());
        tally.Check("database", "review audit verify", verify.ExitCode == 0, (verify.Stdout + verify.Stderr).Trim());
    }

    /// <summary>Every template folder is listed, and a search for each template's title finds it first or among the top five.</summary>
    public async Task SearchAsync(HttpClient http)
    {
        var reviewer = await ApiClient.LoginAsync(http, "lb-reviewer");
        var sources = Directory.GetFiles(Path.Combine(options.Repo, "templates"), "template.json", SearchOption.AllDirectories).Length;
        var (_, listed) = await reviewer.GetAsync("/api/templates");
        var templates = listed!.AsArray().Select(t => (Id: t!["templateId"]!.GetValue<string>(), Title: t["title"]!.GetValue<string>())).ToList();
        tally.Check("search", $"all template sources listed ({sources})", templates.Count == sources, $"{templates.Count} listed");
        var notFound = new List<string>();
        foreach (var (id, title) in templates)
        {
            var (status, hits) = await reviewer.GetAsync($"/api/templates/search?q={Uri.EscapeDataString(title)}&top=5");
            if (status != 200 || hits is not JsonArray array || !array.Any(h => h?["templateId"]?.GetValue<string>() == id))
            {
                notFound.Add(id);
            }
        }

        tally.Check("search", $"each template found by its title after restart ({templates.Count})", notFound.Count == 0, string.Join(", ", notFound));
    }

    private static List<T> Query<T>(SqliteConnection db, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(read(reader));
        }

        return list;
    }
}
