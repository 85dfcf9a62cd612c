using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Organisations;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Cli.Bench;

/// <summary>The same two actions on an in-memory case: the cost of the domain alone (machine, guards, tasks, audit hash).</summary>
internal static class AggregateOnly
{
    public static async Task RunAsync(IServiceProvider services, Actor reviewer, Actor lawyer, int count, int caseCount)
    {
        var catalog = services.GetRequiredService<IWorkflowCatalog>();
        var wf = catalog.ForKind(MatterKind.NormativeDocument).Definition;
        var route = BenchRoute.From(wf);
        var drafter = new Actor("lb-drafter", "王承办", Roles.Drafter, reviewer.OrganisationId, OrganisationKind.Township);
        var registrar = new Actor("lb-registrar", "李登记", Roles.Registrar, reviewer.OrganisationId, OrganisationKind.Township);
        var now = DateTimeOffset.UtcNow;
        var docs = wf.Materials.Where(m => m.Required).Select(m => new DocumentInput(m.Id, "text/plain", new string('a', 64), 1, m.Id)).ToArray();
        // As many in-memory cases as the persisted run uses, round-robin: one case would accumulate thousands of
        // closed tasks, which the persisted engine never loads, and make the domain look slower than it is.
        var cases = new List<ReviewCase>();
        for (var n = 0; n < caseCount; n++)
        {
            var c = ReviewCase.Submit(new CaseSubmission($"bench-{n}", "基准", MatterKind.NormativeDocument, reviewer.OrganisationId, "wucheng", "办", null, new Dictionary<string, string>(), docs),
                wf, new ActionContext(drafter, now, catalog.Calendar));
            await c.PerformAsync(new ActionRequest(route.Accept), wf, new ActionContext(registrar, now, catalog.Calendar));
            c.DequeueEvents();
            c.DequeueNotices();
            cases.Add(c);
        }

        var toLawyer = new ActionRequest(route.ToLawyer);
        var back = new ActionRequest(route.Back, Comment: "意见");
        for (var i = 0; i < count; i++)
        {
            var c = cases[i % caseCount];
            var forward = (i / caseCount) % 2 == 0;
            await c.PerformAsync(forward ? toLawyer : back, wf, new ActionContext(forward ? reviewer : lawyer, now, catalog.Calendar));
            c.DequeueEvents();
            c.DequeueNotices();
        }
    }
}
