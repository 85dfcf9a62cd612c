using ReviewEngine.Application.Workflows;
using ReviewEngine.Domain.Calendar;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Infrastructure.Workflows;

/// <summary>
/// Reads workflows/*.json and workflows/calendar/*.json once at start-up and fails fast, with every error
/// (file, JSON path, reason), when any file is invalid.
/// </summary>
public sealed class FileWorkflowCatalog : IWorkflowCatalog
{
    private FileWorkflowCatalog(IReadOnlyList<LoadedWorkflow> workflows, WorkingDayCalendar calendar)
    {
        Workflows = workflows;
        Calendar = calendar;
    }

    public IReadOnlyList<LoadedWorkflow> Workflows { get; }

    public WorkingDayCalendar Calendar { get; }

    public static FileWorkflowCatalog Load(string directory)
    {
        var result = Validate(directory);
        if (result.Errors.Count > 0)
        {
            throw new WorkflowValidationException(result.Errors);
        }

        return new FileWorkflowCatalog(result.Workflows, result.Calendar);
    }

    public static CatalogLoadResult Validate(string directory)
    {
        var errors = new List<WorkflowValidationError>();
        var workflows = new List<LoadedWorkflow>();
        if (!Directory.Exists(directory))
        {
            errors.Add(new WorkflowValidationError(directory, "$", "目录不存在"));
            return new CatalogLoadResult(workflows, new WorkingDayCalendar([]), errors);
        }

        foreach (var path in Directory.GetFiles(directory, "*.json").Where(p => Path.GetFileName(p) != "schema.json").Order(StringComparer.Ordinal))
        {
            var json = File.ReadAllText(path);
            var parsed = WorkflowParser.Parse(json, Path.GetFileName(path));
            errors.AddRange(parsed.Errors);
            if (parsed.Definition is not null)
            {
                workflows.Add(new LoadedWorkflow(parsed.Definition, Path.GetFileName(path), json));
            }
        }

        CheckKindsAreUnambiguous(workflows, errors);
        var calendar = LoadCalendar(Path.Combine(directory, "calendar"), errors);
        return new CatalogLoadResult(workflows, calendar, errors);
    }

    public LoadedWorkflow ForKind(string kind) =>
        Workflows.FirstOrDefault(w => w.Definition.Kinds.Contains(kind))
        ?? throw new InvalidOperationException($"没有受理 {kind} 的工作流");

    public LoadedWorkflow? Find(string id) => Workflows.FirstOrDefault(w => w.Definition.Id == id);

    private static void CheckKindsAreUnambiguous(List<LoadedWorkflow> workflows, List<WorkflowValidationError> errors)
    {
        foreach (var clash in workflows.SelectMany(w => w.Definition.Kinds.Select(k => (Kind: k, w.FileName))).GroupBy(x => x.Kind).Where(g => g.Count() > 1))
        {
            errors.Add(new WorkflowValidationError(clash.Last().FileName, "$.kinds", $"审查事项类型 {clash.Key} 已由 {clash.First().FileName} 受理"));
        }
    }

    private static WorkingDayCalendar LoadCalendar(string directory, List<WorkflowValidationError> errors)
    {
        var years = new List<CalendarYear>();
        if (!Directory.Exists(directory))
        {
            return new WorkingDayCalendar(years);
        }

        foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                years.Add(CalendarFileParser.Parse(File.ReadAllText(path), "calendar/" + Path.GetFileName(path)));
            }
            catch (FormatException ex)
            {
                var (jsonPath, reason) = ex.Message.IndexOf(": ", StringComparison.Ordinal) is var i and > 0
                    ? (ex.Message[..i], ex.Message[(i + 2)..])
                    : ("$", ex.Message);
                errors.Add(new WorkflowValidationError("calendar/" + Path.GetFileName(path), jsonPath, reason));
            }
        }

        return new WorkingDayCalendar(years);
    }
}

public sealed record CatalogLoadResult(IReadOnlyList<LoadedWorkflow> Workflows, WorkingDayCalendar Calendar, IReadOnlyList<WorkflowValidationError> Errors);
