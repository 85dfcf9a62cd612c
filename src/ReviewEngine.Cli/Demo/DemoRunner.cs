using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Organisations;
using ReviewEngine.Application.Reviews;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;
using ReviewEngine.Infrastructure.Persistence;
using ReviewEngine.Infrastructure.Seeding;

namespace ReviewEngine.Cli.Demo;

/// <summary>Drives cases through the real handlers as the seeded users, printing each step with its due dates.</summary>
internal sealed class DemoRunner(IServiceProvider services, SteppingClock clock, TextWriter output)
{
    public async Task SeedAsync()
    {
        await using var scope = services.CreateAsyncScope();
        await DemoDistrict.SeedAsync(scope.ServiceProvider.GetRequiredService<ReviewDbContext>());
    }

    public Task<Guid> SubmitAsync(string userId, string kind, string title, decimal? amount, params (string Material, string Text)[] documents) =>
        SubmitAsync(userId, kind, title, "经济发展办公室", amount, new Dictionary<string, string>(), documents);

    public async Task<Guid> SubmitAsync(string userId, string kind, string title, string draftingUnit, decimal? amount,
        IReadOnlyDictionary<string, string> metadata, params (string Material, string Text)[] documents)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var actor = await sp.GetRequiredService<ActorResolver>().ResolveAsync(userId, Roles.Drafter);
        var uploads = documents.Select(d => DocumentUpload.From($"{d.Material}.txt", "text/plain", Encoding.UTF8.GetBytes(d.Text), d.Material)).ToArray();
        var c = await sp.GetRequiredService<SubmitCaseHandler>().HandleAsync(
            new SubmitCaseCommand(actor, kind, title, draftingUnit, amount, metadata, uploads));
        await PrintAsync(sp, c, actor, "送审");
        return c.Id;
    }

    /// <summary>Takes the action of the case's current state that <paramref name="means"/> so (by tag or records, never by id).</summary>
    public async Task ActAsync(Guid caseId, string userId, string role, Func<ActionDefinition, bool> means, ActionRequest request, string? documentText = null, string? materialId = null) =>
        await ActAsync(caseId, userId, role, request with { ActionId = await ActionIdAsync(caseId, means) }, documentText, materialId);

    public async Task RefusedAsync(Guid caseId, string userId, string role, Func<ActionDefinition, bool> means, ActionRequest request, string? documentText = null, string? materialId = null) =>
        await RefusedAsync(caseId, userId, role, request with { ActionId = await ActionIdAsync(caseId, means) }, documentText, materialId);

    private async Task ActAsync(Guid caseId, string userId, string role, ActionRequest request, string? documentText = null, string? materialId = null)
    {
        clock.Advance(TimeSpan.FromDays(1));
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var actor = await sp.GetRequiredService<ActorResolver>().ResolveAsync(userId, role);
        var upload = documentText is null ? null : new IncomingFile($"{request.ActionId}.txt", Encoding.UTF8.GetBytes(documentText), materialId);
        var c = (await sp.GetRequiredService<PerformCaseActionHandler>().HandleAsync(new PerformCaseActionCommand(caseId, actor, request, upload))).Case;
        await PrintAsync(sp, c, actor, request.ActionId);
    }

    /// <summary>China date the next action is taken on (each action advances the clock by a day first).</summary>
    public string NextDay => clock.GetUtcNow().AddDays(1).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd");

    /// <summary>An action the engine is expected to refuse: prints the refusal instead of failing the demo.</summary>
    private async Task RefusedAsync(Guid caseId, string userId, string role, ActionRequest request, string? documentText = null, string? materialId = null)
    {
        try
        {
            await ActAsync(caseId, userId, role, request, documentText, materialId);
            throw new InvalidOperationException($"演示预期「{request.ActionId}」被拒绝，但已执行");
        }
        catch (DomainException ex)
        {
            output.WriteLine($"  {clock.GetUtcNow():yyyy-MM-dd} 拒绝：{ex.Message}");
        }
    }

    /// <summary>An action that ends the matter (into the state tagged withdrawn) is chosen only when nothing else means so.</summary>
    private async Task<string> ActionIdAsync(Guid caseId, Func<ActionDefinition, bool> means)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var c = await sp.GetRequiredService<ReviewDbContext>().ReviewCases.AsNoTracking().FirstAsync(x => x.Id == caseId);
        var wf = await sp.GetRequiredService<PinnedWorkflows>().ForCaseAsync(c, default);
        var withdrawn = wf.StateTagged(StateTag.Withdrawn)?.Id;
        return wf.State(c.State).Actions.Where(means).OrderBy(a => a.Targets.Any(t => t == withdrawn) ? 1 : 0).First().Id;
    }

    private async Task PrintAsync(IServiceProvider sp, ReviewCase c, Actor actor, string actionId)
    {
        var wf = await sp.GetRequiredService<PinnedWorkflows>().ForCaseAsync(c, default);
        var label = actionId == ReviewCase.SubmitAction ? "送审" : wf.States.SelectMany(s => s.Actions).FirstOrDefault(a => a.Id == actionId)?.Label ?? actionId;
        var tasks = await sp.GetRequiredService<ReviewDbContext>().WorkItems.AsNoTracking()
            .Where(t => t.CaseId == c.Id && t.Status == WorkItemStatus.Open).ToListAsync();
        var due = c.DueOn is { } d ? $"审查期限 {d:yyyy-MM-dd}{(c.Clock.IsPaused ? "（暂停计时）" : "")}" : "未计时";
        var open = string.Join("；", tasks.Select(t => $"{Roles.Label(t.Role)}{(t.AssigneeId is null ? "" : "@" + t.AssigneeId)} 限 {t.DueOn:yyyy-MM-dd}"));
        output.WriteLine($"  {clock.GetUtcNow():yyyy-MM-dd} 第{c.Round}轮 {actor.DisplayName}（{Roles.Label(actor.Role)}）{label} → {wf.StateLabel(c.State)} | {due} | 待办：{(open.Length == 0 ? "无" : open)}");
    }
}
