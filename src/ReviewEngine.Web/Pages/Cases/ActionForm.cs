using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Web.Pages.Cases;

/// <summary>The fields an action form may post; which ones matter depends on the action's guards.</summary>
public sealed class ActionForm
{
    public string ActionId { get; set; } = "";
    public string? Target { get; set; }
    public string? Comment { get; set; }
    public string? Conclusion { get; set; }
    public List<string> Assignees { get; set; } = [];

    /// <summary>专家论证: the fields the panel must cover; the experts are drawn for them.</summary>
    public List<string> Fields { get; set; } = [];
    public List<IssueRow> Issues { get; set; } = [];
    public List<AdoptionRow> Adoptions { get; set; } = [];
    public string? MaterialId { get; set; }
    public string? DocumentText { get; set; }
    public long? ExpectedVersion { get; set; }

    /// <summary>签订 / 集体审议 / 公布 / 备案: the record's fields by key (<see cref="Cases.RecordFieldForm"/>).</summary>
    public Dictionary<string, string> Record { get; set; } = [];

    /// <summary>补正 request: the material ids checked in the checklist, and a free-text item.</summary>
    public List<string> Checklist { get; set; } = [];
    public string? ChecklistOther { get; set; }

    /// <summary>补正 answer: why the items left without a file are not supplied.</summary>
    public string? SupplementReason { get; set; }

    /// <summary>The SHA-256 of the 审查意见书 shown to the approver; the approval issues only that letter.</summary>
    public string? PreviewSha256 { get; set; }

    /// <summary>The request as posted; adoption answers count only while the case has an opinion (the action decides).</summary>
    public ActionRequest ToRequest()
    {
        var issues = Issues.Where(i => !string.IsNullOrWhiteSpace(i.Finding))
            .Select((i, n) => new OpinionIssue(n + 1, i.Clause?.Trim() ?? "", i.Finding!.Trim(), i.Basis?.Trim() ?? "", i.Change?.Trim() ?? "", null, i.Severity))
            .ToList();
        var adoptions = Adoptions.Where(a => a.Decision is not null)
            .Select(a => new IssueAdoption(a.IssueNo, a.Decision!.Value, a.Reason)).ToList();
        return new ActionRequest(ActionId, string.IsNullOrEmpty(Target) ? null : Target, Comment, string.IsNullOrEmpty(Conclusion) ? null : Conclusion,
            null, Assignees.Count == 0 ? null : Assignees, issues.Count == 0 ? null : issues, adoptions.Count == 0 ? null : adoptions)
        {
            Record = Record.Count == 0 ? null : Record,
            PreviewSha256 = string.IsNullOrWhiteSpace(PreviewSha256) ? null : PreviewSha256.Trim(),
            Supplement = Api.CaseActionRequest.SupplementOf(Checklist, ChecklistOther, SupplementReason),
        };
    }

    public sealed class IssueRow
    {
        public string? Clause { get; set; }
        public string? Finding { get; set; }
        public string? Basis { get; set; }
        public string? Change { get; set; }
        public string? Severity { get; set; }
    }

    public sealed class AdoptionRow
    {
        public int IssueNo { get; set; }
        public AdoptionDecision? Decision { get; set; }
        public string? Reason { get; set; }
    }
}
