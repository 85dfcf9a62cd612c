using Microsoft.Data.Sqlite;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Cli.Bench;

/// <summary>The baseline: SQLite FTS5 with the trigram tokenizer over the same template and clause texts, the
/// same field weights through bm25(), AND of the query words falling back to OR, grouped per template, with
/// snippet() highlighting. Trigram cannot match words shorter than three characters, so those are dropped.</summary>
internal sealed class Fts5Baseline : IDisposable
{
    private readonly SqliteConnection _db = new("Data Source=:memory:");

    public Fts5Baseline(IEnumerable<ContractTemplate> templates)
    {
        _db.Open();
        Execute("CREATE VIRTUAL TABLE docs USING fts5(template_id UNINDEXED, clause_id UNINDEXED, title, tags, heading, body, tokenize='trigram')");
        using var tx = _db.BeginTransaction();
        using var insert = _db.CreateCommand();
        insert.CommandText = "INSERT INTO docs VALUES ($t, $c, $title, $tags, $heading, $body)";
        foreach (var t in templates)
        {
            var tags = string.Join(" ", t.Aliases.Concat(t.Tags).Append(t.Category));
            Insert(insert, t.Id, t.Clauses[0].Id, t.Title, tags, string.Join(" ", t.Clauses.Select(c => c.Heading)), string.Join("\n", t.Scenarios.Prepend(t.Summary)));
            foreach (var c in t.Clauses)
            {
                Insert(insert, t.Id, c.Id, t.Title, tags, c.Heading, ContractTemplate.BlankText(c));
            }
        }

        tx.Commit();
    }

    /// <summary>Template ids best first, with one highlighted snippet per template.</summary>
    public IReadOnlyList<(string TemplateId, string Snippet)> Search(string text, int top)
    {
        var words = text.Split([' ', '　'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3)
            .Select(w => "\"" + w.Replace("\"", "") + "\"").ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var hits = Run(string.Join(" AND ", words), top);
        return hits.Count > 0 ? hits : Run(string.Join(" OR ", words), top);
    }

    public void Dispose() => _db.Dispose();

    private List<(string, string)> Run(string match, int top)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = """
            SELECT template_id, snippet(docs, 5, '【', '】', '…', 24) FROM docs
            WHERE docs MATCH $q ORDER BY bm25(docs, 0, 0, 4.0, 3.0, 2.0, 1.0) LIMIT 200
            """;
        cmd.Parameters.AddWithValue("$q", match);
        var seen = new List<(string, string)>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read() && seen.Count < top)
        {
            var id = reader.GetString(0);
            if (seen.All(s => s.Item1 != id))
            {
                seen.Add((id, reader.GetString(1)));
            }
        }

        return seen;
    }

    private static void Insert(SqliteCommand cmd, params string[] values)
    {
        cmd.Parameters.Clear();
        string[] names = ["$t", "$c", "$title", "$tags", "$heading", "$body"];
        for (var i = 0; i < names.Length; i++)
        {
            cmd.Parameters.AddWithValue(names[i], values[i]);
        }

        cmd.ExecuteNonQuery();
    }

    private void Execute(string sql)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
