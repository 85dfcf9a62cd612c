using System.Net;
using System.Net.Http.Json;
using Xunit.Abstractions;

namespace ReviewEngine.Web.Tests.Api;

/// <summary>
/// One path for an action (issue 19 item 1): a POST to /actions reads the viewer, reads the case once (visibility,
/// open tasks and version in one statement) and saves in one SaveChanges. A counter on the app's context counts every
/// statement the request sends. Before the change an accept sent 20 (the case view loaded first: visibility, case,
/// timeline, documents, findings; then visibility and case again in the handler; two reads per hand-off notice); a
/// markComplex 11; a task operation loaded the same case view before its handler.
/// On SQLite each inserted or updated row is its own statement of the one transaction (EF batches them into one round
/// trip on PostgreSQL); the hand-off notices of a step add their recipients' reads (ADR 0013). 我的待办's lines (ADR 0009)
/// are written by the same save, without a read: a closed task's line deleted, a new task's inserted, a claimed one's updated.
/// The viewer is the node's cached one (ADR 0016): its statement is the read of the person's change counters by key
/// (before: the account joined with its organisation), and a save that adds notices bumps their recipients' counters
/// in the same transaction (one statement). A notice changes only the bell's counter, so the reviewer it reached
/// still acts with a cached viewer.
/// </summary>
public sealed class ActionRoundTripTests : IDisposable
{
    private readonly ITestOutputHelper _output;
    private readonly RequestCommandCounter _counter = new("/api/cases");
    private readonly ReviewEngineApp _app;

    public ActionRoundTripTests(ITestOutputHelper output)
    {
        _output = output;
        _app = new ReviewEngineApp { Interceptors = [_counter] };
    }

    [Fact]
    public async Task AnActionPostReadsTheViewerAndTheCaseOnceThenSaves()
    {
        var drafter = await _app.ClientAsAsync("lb-drafter");
        var id = await ReviewEngineApp.SubmitAsync(drafter, "NORMATIVE_DOC", "往返次数的办法", ReviewEngineApp.NormativeMaterials);
        var registrar = await _app.ClientAsAsync("lb-registrar");
        var reviewer = await _app.ClientAsAsync("lb-reviewer");
        var version = (await ReviewEngineApp.GetCaseAsync(registrar, id)).GetProperty("version").GetInt64();
        await ReviewEngineApp.GetCaseAsync(reviewer, id); // the account check's cache is warm, as for anyone already working

        var accept = await CountAsync(() => ReviewEngineApp.ActAsync(registrar, id, new { actionId = "accept", expectedVersion = version }));
        var markComplex = await CountAsync(() => ReviewEngineApp.ActAsync(reviewer, id, new { actionId = "markComplex", comment = "涉及罚款设定" }));
        var task = (await ReviewEngineApp.GetCaseAsync(reviewer, id)).GetProperty("openTasks")[0].GetProperty("id").GetGuid();
        var release = await CountAsync(() => reviewer.PostAsJsonAsync($"/api/cases/{id}/tasks/{task}/release", new { }));

        // markComplex: viewer (the change counters), case; then the audit event, the case row, the task (claimed by the action)
        // and its inbox line in one transaction.
        Assert.Equal(2, markComplex.Count(IsRead));
        Assert.True(markComplex.Count <= 6, $"markComplex sent {markComplex.Count} statements");
        // accept also hands the case to the reviewers: their accounts, the notices already sent, and their organisations' webhooks;
        // then the audit event, two notices, the case row, the closed and the new task, their inbox lines (one deleted, one
        // added) and the two recipients' bell counters (one statement).
        Assert.Equal(5, accept.Count(IsRead));
        Assert.True(accept.Count <= 14, $"accept sent {accept.Count} statements");
        Assert.Single(accept, c => c.Contains("INTO \"ChangeCounters\""));
        // A task operation the same: viewer, case; then the audit event, the case row, the task (markComplex had claimed it) and its line.
        Assert.Equal(2, release.Count(IsRead));
        Assert.True(release.Count <= 6, $"release sent {release.Count} statements");
        Assert.All(new[] { accept, markComplex, release }, commands => Assert.Single(commands, c => c.Contains("FROM \"ReviewCases\"")));
        Assert.All(new[] { accept, markComplex, release }, commands => Assert.StartsWith("SELECT \"c\".\"Key\"", commands[0].TrimStart()));
        Assert.All(new[] { accept, markComplex, release }, commands => Assert.DoesNotContain(commands, c => c.Contains("FROM \"UserAccounts\" AS \"u\"\nINNER JOIN \"Organisations\"")));
    }

    private static bool IsRead(string command) => command.TrimStart().StartsWith("SELECT", StringComparison.Ordinal);

    private async Task<List<string>> CountAsync(Func<Task<HttpResponseMessage>> send)
    {
        _counter.Reset();
        var response = await send();
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var commands = _counter.Commands.ToList();
        _output.WriteLine($"{commands.Count} statements:\n" + string.Join("\n---\n", commands));
        return commands;
    }

    public void Dispose() => _app.Dispose();
}
