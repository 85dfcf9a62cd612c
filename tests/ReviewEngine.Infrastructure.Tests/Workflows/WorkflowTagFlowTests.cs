using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.CaseFiles;
using ReviewEngine.Application.Experts;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Application.Statistics;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;
using ReviewEngine.Infrastructure.Persistence;
using ReviewEngine.Tests.Shared;
using static ReviewEngine.Infrastructure.Tests.Deadlines.DeadlineFixture;

namespace ReviewEngine.Infrastructure.Tests.Workflows;

/// <summary>Code reads what an action means from its tags: renaming actions in a definition, or a case pinned to a
/// version written before tags, keeps statistics and the 卷宗 right.</summary>
public abstract class WorkflowTagFlowTests(DatabaseProvider provider)
{
    private static readonly DocumentInput Supplement = new("征求意见.txt", "text/plain", new string('e', 64), 1, "publicComment");

    [ProviderFact]
    public async Task RenamedActionsKeepTheirMeaningInStatisticsAndTheCaseFile()
    {
        var workflows = WorkflowPinningTests.CopyWorkflows();
        var path = Path.Combine(workflows, "normative-document.json");
        File.WriteAllText(path, File.ReadAllText(path)
            .Replace("\"requestExpertConsultation\"", "\"askExperts\"")
            .Replace("\"submitSupplement\"", "\"handInSupplement\""));
        await using var db = await TestDatabase.CreateAsync(workflows, start: ChinaAt(2026, 3, 2, 9), provider: provider);
        var id = await db.SubmitNormativeDocumentAsync();

        await db.ActAsync(id, "lb-registrar", Roles.Registrar, new ActionRequest("requestSupplement", Comment: "缺少公开征求意见材料"));
        await db.ActAsync(id, "lb-drafter", Roles.Drafter, new ActionRequest("handInSupplement", Document: Supplement));
        await db.ActAsync(id, "lb-registrar", Roles.Registrar, new ActionRequest("accept"));
        await db.ActAsync(id, "lb-reviewer", Roles.Reviewer, new ActionRequest("markComplex", Comment: "涉及罚款设定"));
        var reviewer = await db.ActorAsync("lb-reviewer", Roles.Reviewer);
        var c = (await db.RunAsync(sp => sp.GetRequiredService<PerformCaseActionHandler>().HandleAsync(new PerformCaseActionCommand(id, reviewer,
            new ActionRequest("askExperts", Comment: "请论证罚款条款"), Expert: new ExpertInput(["合同"], Seed: 7))))).Case;

        Assert.Equal("expertConsultation", c.State);
        var viewer = await db.RunAsync(sp => sp.GetRequiredService<ViewerResolver>().ResolveAsync("wc-district"));
        var statistics = await db.RunAsync(sp => sp.GetRequiredService<GetReviewStatisticsHandler>().HandleAsync(
            new StatisticsQuery(viewer, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31))));
        Assert.Equal(1, statistics.ExpertConsultations);
        var file = await db.RunAsync(sp => sp.GetRequiredService<GetCaseFileHandler>().HandleAsync(id));
        Assert.Equal("补正材料", Assert.Single(file.Documents, d => d.Purpose == "handInSupplement").Section);
    }

    [ProviderFact]
    public async Task CasePinnedToAVersionWrittenBeforeTagsKeepsTheirMeanings()
    {
        // The case was opened when v3 (untagged, and letting the reviewer close a panel early) was current: v3 no longer
        // loads as a current file (issue 21's closing rule), so the case is pinned to its stored snapshot directly.
        var workflows = WorkflowPinningTests.CopyWorkflows();
        await using var db = await TestDatabase.CreateAsync(workflows, provider: provider);
        var id = await db.SubmitNormativeDocumentAsync();
        var untagged = File.ReadAllText(TestPaths.InRepo("tests", "ReviewEngine.Infrastructure.Tests", "Workflows", "Untagged", "normative-document.json"));
        var v3 = WorkflowParser.ParsePinned(untagged, "normative-document.json");
        Assert.True(v3.IsValid, string.Join("; ", v3.Errors));
        Assert.False(WorkflowParser.Parse(untagged, "normative-document.json").IsValid);
        await db.RunAsync(async sp =>
        {
            var context = sp.GetRequiredService<ReviewDbContext>();
            await sp.GetRequiredService<PinnedWorkflows>().EnsureSnapshotAsync(new LoadedWorkflow(v3.Definition!, "normative-document.json", untagged), default);
            await context.SaveChangesAsync();
            return await context.ReviewCases.Where(x => x.Id == id).ExecuteUpdateAsync(u => u
                .SetProperty(x => x.WorkflowVersion, v3.Definition!.Version)
                .SetProperty(x => x.WorkflowHash, v3.Definition!.ContentHash));
        });
        await db.ActAsync(id, "lb-registrar", Roles.Registrar, new ActionRequest("requestSupplement", Comment: "缺少公开征求意见材料"));
        await db.ActAsync(id, "lb-drafter", Roles.Drafter, new ActionRequest("submitSupplement", Document: Supplement));

        var wf = await db.RunAsync(async sp =>
        {
            var c = await sp.GetRequiredService<ReviewDbContext>().ReviewCases.AsNoTracking().FirstAsync(x => x.Id == id);
            return await sp.GetRequiredService<PinnedWorkflows>().ForCaseAsync(c, default);
        });
        Assert.Equal(3, wf.Version);
        Assert.Equal("archived", wf.StateTagged(StateTag.Archived)?.Id);
        Assert.True(wf.ActionHas("accept", ActionTag.Accept));
        Assert.Contains("requestExpertConsultation", wf.ActionIdsTagged(ActionTag.ExpertConsultationRequested));
        var file = await db.RunAsync(sp => sp.GetRequiredService<GetCaseFileHandler>().HandleAsync(id));
        Assert.Equal("补正材料", Assert.Single(file.Documents, d => d.Purpose == "submitSupplement").Section);
    }
}

public sealed class WorkflowTagFlowOnSqliteTests() : WorkflowTagFlowTests(DatabaseProvider.Sqlite);

[Trait("Requires", "PostgreSql")]
public sealed class WorkflowTagFlowOnPostgreSqlTests() : WorkflowTagFlowTests(DatabaseProvider.PostgreSql);
