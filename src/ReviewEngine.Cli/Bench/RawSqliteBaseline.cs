using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using ReviewEngine.Domain.Organisations;

namespace ReviewEngine.Cli.Bench;

/// <summary>
/// The floor the engine is measured against: the same rows one reviewer action writes (read case and open task,
/// close the task, insert the next task, update the case with its version check, append a hash-chained audit row,
/// queue the hand-off notice to the next task's holder, remove the closed task's inbox line and add the new one's), with prepared commands on one connection, one BEGIN
/// IMMEDIATE transaction per action, and no domain logic. The bench's organisation has no webhook, so the engine
/// writes no outbox row either.
/// </summary>
internal sealed class RawSqliteBaseline : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _readCase;
    private readonly SqliteCommand _readTask;
    private readonly SqliteCommand _closeTask;
    private readonly SqliteCommand _insertTask;
    private readonly SqliteCommand _updateCase;
    private readonly SqliteCommand _insertEvent;
    private readonly SqliteCommand _insertNotice;
    private readonly SqliteCommand _deleteLine;
    private readonly SqliteCommand _insertLine;

    private readonly BenchRoute _route;

    public RawSqliteBaseline(string path, BenchRoute route)
    {
        _route = route;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30 }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        _readCase = Prepare("SELECT State, Version, EventCount, LastEventHash, TownshipId, Number, Title, Kind, WorkflowId FROM ReviewCases WHERE Id = $id", "$id");
        _readTask = Prepare("SELECT Id, Version FROM WorkItems WHERE CaseId = $id AND Status = 'Open'", "$id");
        _closeTask = Prepare("UPDATE WorkItems SET Status = 'Completed', ClosedAtUtc = $now, ClosedBy = $by, Outcome = $outcome, Version = Version + 1 WHERE Id = $tid AND Version = $v",
            "$now", "$by", "$outcome", "$tid", "$v");
        _insertTask = Prepare("INSERT INTO WorkItems (Id, CaseId, State, Round, Role, OrganisationId, AssigneeId, Status, DueOn, ExcludedUserId, CreatedAtUtc, Version) VALUES ($tid, $id, $state, 1, $role, $org, NULL, 'Open', '2026-03-23', 'drafter', $now, 0)",
            "$tid", "$id", "$state", "$role", "$org", "$now");
        _updateCase = Prepare("UPDATE ReviewCases SET State = $state, EventCount = $count, LastEventHash = $hash, UpdatedAtUtc = $now, VisitedInRound = $visited, ActionCounts = $counts, StateHolders = $holders, Version = Version + 1 WHERE Id = $id AND Version = $v",
            "$state", "$count", "$hash", "$now", "$visited", "$counts", "$holders", "$id", "$v");
        _insertEvent = Prepare("INSERT INTO AuditEvents (CaseId, Sequence, OccurredAtUtc, ActorId, ActorName, Role, OrganisationId, Action, FromState, ToState, WorkItemId, Comment, DocumentSha256, Data, PreviousHash, Hash) VALUES ($id, $seq, $now, 'u', '用户', $role, $org, $action, $from, $to, $tid, NULL, NULL, '{}', $prev, $hash)",
            "$id", "$seq", "$now", "$role", "$org", "$action", "$from", "$to", "$tid", "$prev", "$hash");
        _insertNotice = Prepare("INSERT INTO Notifications (Id, TimerId, RecipientUserId, RecipientRole, RecipientOrganisationId, CaseId, CaseNumber, Kind, Text, CreatedAtUtc, ReadAtUtc, EventKey) VALUES ($nid, NULL, $user, NULL, NULL, $id, $number, 'TaskOffered', $text, $now, NULL, $key)",
            "$nid", "$user", "$id", "$number", "$text", "$now", "$key");
        _deleteLine = Prepare("DELETE FROM InboxLines WHERE TaskId = $tid", "$tid");
        _insertLine = Prepare("INSERT INTO InboxLines (TaskId, CaseId, CaseNumber, Title, Kind, WorkflowId, State, Role, OrganisationId, AssigneeId, ExcludedUserId, DueOn, CreatedAtUtc) VALUES ($tid, $id, $number, $title, $kind, $wf, $state, $role, $org, NULL, 'drafter', '2026-03-23', $now)",
            "$tid", "$id", "$number", "$title", "$kind", "$wf", "$state", "$role", "$org", "$now");
    }

    public void Run(IReadOnlyList<Guid> caseIds, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Act(caseIds[i % caseIds.Count]);
        }
    }

    private void Act(Guid caseId)
    {
        var id = caseId.ToString().ToUpperInvariant();
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        using var tx = _connection.BeginTransaction(deferred: false);
        Bind(_readCase, tx, id);
        string state, prev, org, number, title, kind, workflow;
        long version;
        int events;
        using (var r = _readCase.ExecuteReader())
        {
            r.Read();
            (state, version, events, prev, org, number) = (r.GetString(0), r.GetInt64(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetString(5));
            (title, kind, workflow) = (r.GetString(6), r.GetString(7), r.GetString(8));
        }

        Bind(_readTask, tx, id);
        string taskId;
        long taskVersion;
        using (var r = _readTask.ExecuteReader())
        {
            r.Read();
            (taskId, taskVersion) = (r.GetString(0), r.GetInt64(1));
        }

        var forward = state == _route.ReviewState;
        var (action, to, role) = forward ? (_route.ToLawyer, _route.LawyerState, Roles.Lawyer) : (_route.Back, _route.ReviewState, Roles.Reviewer);
        var next = NewId();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', id, events + 1, now, action, state, to, prev))));
        Bind(_closeTask, tx, now, "u", action, taskId, taskVersion);
        Bind(_insertTask, tx, next, id, to, role, org, now);
        Bind(_updateCase, tx, to, events + 1, hash, now, "[\"" + _route.Initial + "\",\"" + state + "\"]", "{\"" + action + "\":1}", "{\"" + state + "\":\"u\"}", id, version);
        if (_closeTask.ExecuteNonQuery() + _insertTask.ExecuteNonQuery() + _updateCase.ExecuteNonQuery() != 3)
        {
            throw new InvalidOperationException("baseline version check failed");
        }

        Bind(_insertEvent, tx, id, events + 1, now, role, org, action, state, to, taskId, prev, hash);
        _insertEvent.ExecuteNonQuery();
        var holder = forward ? "lb-lawyer" : "lb-reviewer";
        Bind(_insertNotice, tx, NewId(), holder, id, number, $"【待认领】案件 {number}「基准测试文件」：「{action}」，「{to}」待认领办理（2026年12月24日前）。说明：已出具书面法律意见", now, "e" + (events + 1));
        _insertNotice.ExecuteNonQuery();
        Bind(_deleteLine, tx, taskId);
        Bind(_insertLine, tx, next, id, number, title, kind, workflow, to, role, org, now);
        _deleteLine.ExecuteNonQuery();
        _insertLine.ExecuteNonQuery();
        tx.Commit();
    }

    /// <summary>Time-ordered, as the engine's new tasks and notices (UUIDv7, stored as EF Core's upper-case text).</summary>
    private static string NewId() => Guid.CreateVersion7().ToString().ToUpperInvariant();

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var p in parameters)
        {
            command.Parameters.Add(new SqliteParameter(p, null));
        }

        return command;
    }

    private static void Bind(SqliteCommand command, SqliteTransaction tx, params object[] values)
    {
        command.Transaction = tx;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var c in new[] { _readCase, _readTask, _closeTask, _insertTask, _updateCase, _insertEvent, _insertNotice, _deleteLine, _insertLine })
        {
            c.Dispose();
        }

        _connection.Dispose();
    }
}
