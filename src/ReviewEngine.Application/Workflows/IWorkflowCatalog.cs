using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.Workflows;

/// <summary>The workflows and calendar loaded (and validated) from the workflows/ folder at start-up.</summary>
public interface IWorkflowCatalog
{
    IReadOnlyList<LoadedWorkflow> Workflows { get; }

    WorkingDayCalendar Calendar { get; }

    LoadedWorkflow ForKind(string kind);

    LoadedWorkflow? Find(string id);
}

/// <summary>A valid definition together with the file text it came from (kept for pinning snapshots).</summary>
public sealed record LoadedWorkflow(WorkflowDefinition Definition, string FileName, string Json);
