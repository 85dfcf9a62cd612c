using Microsoft.Data.Sqlite;

namespace ReviewEngine.Suites.Load;

/// <summary>
/// Bulk copies of prototype cases with raw SQLite in one transaction: every row of the case (tasks, audit events,
/// documents, findings, deadline timers, inbox lines) gets new ids, the case a new number, and the audit chain is re-hashed for the
/// new case id, so the copies verify like real cases. Columns are copied by name, whatever the schema holds.
/// </summary>
public sealed class CaseCloner(SqliteConnection db)
{
    private static readonly string[] Children = ["WorkItems", "AuditEvents", "CaseDocuments", "CaseFindings", "DeadlineTimers", "InboxLines"];

    public sealed record Prototype(Dictionary<string, object?> Case, Dictionary<string, List<Dictionary<string, object?>>> Rows)
    {
        public string Township => (string)Case["TownshipId"]!;

        public string State => (string)Case["State"]!;
    }

    public List<Prototype> Load()
    {
        return Rows("SELECT * FROM ReviewCases").Select(c => new Prototype(c, Children.ToDictionary(t => t, t =>
            Rows($"SELECT * FROM \"{t}\" WHERE CaseId = '{c["Id"]}'" + (t == "AuditEvents" ? " ORDER BY Sequence" : ""))))).ToList();
    }

    public void Clone(IReadOnlyList<(Prototype Prototype, string Number)> copies)
    {
        using var transaction = db.BeginTransaction();
        var inserts = new Dictionary<string, SqliteCommand>();
        foreach (var (prototype, number) in copies)
        {
            var caseId = Guid.NewGuid();
            var tasks = prototype.Rows["WorkItems"].ToDictionary(t => (string)t["Id"]!, _ => NewId());
            var head = AuditHash.Genesis;
            foreach (var e in prototype.Rows["AuditEvents"])
            {
                var row = new Dictionary<string, object?>(e) { ["CaseId"] = Id(caseId), ["PreviousHash"] = head };
                row.Remove("Id");
                row["WorkItemId"] = e["WorkItemId"] is string w ? tasks.GetValueOrDefault(w, w) : null;
                head = AuditHash.Compute(caseId, (long)row["Sequence"]!, (string)row["OccurredAtUtc"]!, (string)row["ActorId"]!, (string)row["ActorName"]!, (string)row["Role"]!,
                    (string)row["OrganisationId"]!, (string)row["Action"]!, (string)row["FromState"]!, (string)row["ToState"]!, row["WorkItemId"] as string,
                    row["Comment"] as string, row["DocumentSha256"] as string, row["Data"] as string, head);
                row["Hash"] = head;
                Insert(inserts, transaction, "AuditEvents", row);
            }

            var c = new Dictionary<string, object?>(prototype.Case) { ["Id"] = Id(caseId), ["Number"] = number, ["LastEventHash"] = head, ["SubmissionKey"] = null };
            c["Title"] = $"{c["Title"]}（{number}）";
            Insert(inserts, transaction, "ReviewCases", c);
            foreach (var t in prototype.Rows["WorkItems"])
            {
                Insert(inserts, transaction, "WorkItems", new Dictionary<string, object?>(t) { ["Id"] = tasks[(string)t["Id"]!], ["CaseId"] = Id(caseId) });
            }

            // 我的待办's lines (ADR 0009) follow their tasks: the copy's task ids, number and title.
            foreach (var line in prototype.Rows["InboxLines"])
            {
                Insert(inserts, transaction, "InboxLines", new Dictionary<string, object?>(line)
                {
                    ["TaskId"] = tasks[(string)line["TaskId"]!],
                    ["CaseId"] = Id(caseId),
                    ["CaseNumber"] = number,
                    ["Title"] = c["Title"],
                });
            }

            foreach (var table in new[] { "CaseDocuments", "CaseFindings", "DeadlineTimers" })
            {
                foreach (var r in prototype.Rows[table])
                {
                    var row = new Dictionary<string, object?>(r) { ["Id"] = NewId(), ["CaseId"] = Id(caseId) };
                    if (row.TryGetValue("WorkItemId", out var w) && w is string task)
                    {
                        row["WorkItemId"] = tasks.GetValueOrDefault(task, task);
                    }

                    Insert(inserts, transaction, table, row);
                }
            }
        }

        transaction.Commit();
        foreach (var command in inserts.Values)
        {
            command.Dispose();
        }
    }

    // EF Core stores a Guid in SQLite as upper-case text.
    private static string Id(Guid id) => id.ToString().ToUpperInvariant();

    private static string NewId() => Id(Guid.NewGuid());

    private void Insert(Dictionary<string, SqliteCommand> inserts, SqliteTransaction transaction, string table, Dictionary<string, object?> row)
    {
        if (!inserts.TryGetValue(table, out var command))
        {
            command = db.CreateCommand();
            command.Transaction = transaction;
            var columns = row.Keys.ToList();
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(k => $"\"{k}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < columns.Count; i++)
            {
                command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            }

            command.Prepare();
            inserts[table] = command;
        }

        var n = 0;
        foreach (var value in row.Values)
        {
            command.Parameters[n++].Value = value ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private List<Dictionary<string, object?>> Rows(string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
