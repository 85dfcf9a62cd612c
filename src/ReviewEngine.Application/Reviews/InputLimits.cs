using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Reviews;

/// <summary>
/// Bounds on what a submission or an action may carry, checked before anything is saved. The columns have maximum
/// lengths SQLite does not enforce, and an unbounded comment or issue list would bloat every audit row and page.
/// </summary>
public static class InputLimits
{
    public const int Title = 500;
    public const int ShortText = 200;
    public const int Identifier = 64;
    public const int Comment = 5000;
    public const int LongText = 20_000;
    public const int MetadataEntries = 50;
    public const int Documents = 30;
    public const int ListEntries = 200;
    public const int MaxPage = 100_000;
    public const decimal MaxAmount = 9_999_999_999_999_999.99m;

    public static void CheckSubmission(SubmitCaseCommand cmd)
    {
        Required(cmd.Kind, "kind");
        Required(cmd.Title, "title");
        Length(cmd.Title, Title, "title");
        Length(cmd.DraftingUnit, ShortText, "draftingUnit");
        Length(cmd.Counterparty, ShortText, "counterparty");
        SingleLine(cmd.Title, "title");
        SingleLine(cmd.DraftingUnit, "draftingUnit");
        SingleLine(cmd.Counterparty, "counterparty");
        Length(cmd.SubmissionKey, Identifier, "submissionKey");
        if (cmd.Amount is { } amount && (amount < 0 || amount > MaxAmount))
        {
            throw new InvalidInputException($"amount: 金额须在 0 到 {MaxAmount:N2} 元之间");
        }

        Count(cmd.Metadata.Count, MetadataEntries, "metadata");
        foreach (var (key, value) in cmd.Metadata)
        {
            Length(key, Identifier, "metadata 的键");
            if (value is null)
            {
                throw new InvalidInputException($"metadata.{key}: 不能为 null");
            }

            Length(value, ShortText * 10, $"metadata.{key}");
        }

        Count(cmd.Documents.Count, Documents, "documents");
        foreach (var d in cmd.Documents)
        {
            Length(d.Input.MaterialId, Identifier, "documents.materialId");
        }
    }

    /// <summary>
    /// A material id names one of the workflow's materials: an unknown one would be attached as nothing the
    /// registrar checks for and shown as a bare id on the case page.
    /// </summary>
    public static void CheckMaterials(IEnumerable<DocumentUpload> uploads, Domain.Workflows.WorkflowDefinition workflow)
    {
        foreach (var id in uploads.Select(u => u.Input.MaterialId).OfType<string>())
        {
            Length(id, Identifier, "materialId");
            if (workflow.Materials.All(m => m.Id != id))
            {
                throw new InvalidInputException($"materialId: 未知材料 '{id}'（可用：{string.Join(", ", workflow.Materials.Select(m => m.Id))}）");
            }
        }
    }

    public static void CheckSupplement(SupplementInput s)
    {
        Count(s.Items.Count, ListEntries, "checklist");
        if (s.Items.Any(i => i is null || string.IsNullOrWhiteSpace(i.ItemId) || i.ItemId.Length > Identifier || (i.Label?.Length ?? 0) > ShortText))
        {
            throw new InvalidInputException($"checklist: 每项须有材料 id（不超过 {Identifier} 个字符），说明不超过 {ShortText} 字");
        }

        Length(s.Reason, Comment, "reason");
    }

    public static void CheckAction(ActionRequest request)
    {
        Required(request.ActionId, "actionId");
        Length(request.ActionId, Identifier, "actionId");
        Length(request.Target, Identifier, "target");
        Length(request.Conclusion, Identifier, "conclusion");
        Length(request.Comment, Comment, "comment");
        if (request.Supplement is { } supplement)
        {
            CheckSupplement(supplement);
        }

        Count(request.Assignees?.Count ?? 0, ListEntries, "assignees");
        if (request.Assignees?.Any(a => string.IsNullOrWhiteSpace(a) || a.Length > Identifier) == true)
        {
            throw new InvalidInputException($"assignees: 每项须为 1–{Identifier} 个字符的用户名");
        }

        Count(request.Issues?.Count ?? 0, ListEntries, "issues");
        foreach (var issue in request.Issues ?? [])
        {
            CheckIssue(issue);
        }

        if (request.Issues?.GroupBy(i => i.No).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidInputException($"issues.no: 问题序号 {twice.Key} 重复");
        }

        Count(request.Adoptions?.Count ?? 0, ListEntries, "adoptions");
        if (request.Adoptions?.Any(a => a is null || !Enum.IsDefined(a.Decision) || (a.Reason?.Length ?? 0) > Comment) == true)
        {
            throw new InvalidInputException("adoptions: 每项须有 issueNo、decision（Adopted / PartiallyAdopted / NotAdopted），理由不超过 5000 字");
        }

        Count(request.Record?.Count ?? 0, ListEntries, "record");
        if (request.Record?.Any(kv => kv.Key.Length > Identifier || (kv.Value?.Length ?? 0) > Comment) == true)
        {
            throw new InvalidInputException($"record: 字段名不超过 {Identifier} 个字符，字段值不超过 {Comment} 字");
        }
    }

    /// <summary>An expert's draw fields (one id each) or answer points (a comment each).</summary>
    public static void CheckExpert(Experts.ExpertInput? input)
    {
        Count(input?.Fields?.Count ?? 0, ListEntries, "fields");
        if (input?.Fields?.Any(f => f is null || f.Length > Identifier) == true)
        {
            throw new InvalidInputException($"fields: 每项不能为空，不能超过 {Identifier} 个字符");
        }

        Count(input?.Points?.Count ?? 0, ListEntries, "points");
        if (input?.Points?.Any(p => p is null || p.Length > Comment) == true)
        {
            throw new InvalidInputException($"points: 每项不能为空，不能超过 {Comment} 个字符");
        }
    }

    /// <summary>A decline reason or a task's reassignment: the reason goes into the audit chain and onto the case page.</summary>
    public static void CheckReason(string? reason, string? toUserId = null)
    {
        Length(reason, Comment, "reason");
        Length(toUserId, Identifier, "toUserId");
    }

    /// <summary>Search filters are typed into a form: short texts and a page inside the result set.</summary>
    public static void CheckSearch(CaseSearchQuery q)
    {
        if (q.Page is < 1 or > MaxPage)
        {
            throw new InvalidInputException($"page: 须在 1 到 {MaxPage} 之间（收到 {q.Page}）");
        }

        Length(q.Kind, Identifier, "kind");
        Length(q.Township, Identifier, "township");
        Length(q.State, Identifier, "state");
        Length(q.Counterparty, ShortText, "counterparty");
        Length(q.Text, ShortText, "q");
        Length(q.Submitter, ShortText, "submitter");
        Length(q.FullText, ShortText, "text");
        if (q.SubmittedFrom > q.SubmittedTo)
        {
            throw new InvalidInputException($"from/to: 起始日期 {q.SubmittedFrom:yyyy-MM-dd} 晚于截止日期 {q.SubmittedTo:yyyy-MM-dd}");
        }
    }

    private static void CheckIssue(OpinionIssue? issue)
    {
        if (issue is null)
        {
            throw new InvalidInputException("issues: 不能含空项");
        }

        if (issue.No < 1)
        {
            throw new InvalidInputException($"issues.no: 问题序号须从 1 起（收到 {issue.No}）");
        }

        Length(issue.Clause, ShortText, "issues.clause");
        Length(issue.Finding, LongText, "issues.finding");
        Length(issue.LegalBasis, LongText, "issues.legalBasis");
        Length(issue.RequiredChange, LongText, "issues.requiredChange");
        Length(issue.RuleId, Identifier, "issues.ruleId");
        Length(issue.Severity, Identifier, "issues.severity");
    }

    private static void Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidInputException($"{field}: 必填");
        }
    }

    private static void Length(string? value, int max, string field)
    {
        if (value is not null && value.Length > max)
        {
            throw new InvalidInputException($"{field}: 不能超过 {max} 个字符（收到 {value.Length} 个）");
        }
    }

    /// <summary>
    /// Names and titles are one line of plain text: control characters (NUL, line breaks) and bidirectional overrides
    /// (U+202A–U+202E, U+2066–U+2069, which can make 「合法」 read as its reverse in a list) are refused.
    /// </summary>
    private static void SingleLine(string? value, string field)
    {
        if (value is not null && value.Any(c => char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')))
        {
            throw new InvalidInputException($"{field}: 不能含控制字符或文字方向控制符");
        }
    }

    private static void Count(int count, int max, string field)
    {
        if (count > max)
        {
            throw new InvalidInputException($"{field}: 最多 {max} 项（收到 {count} 项）");
        }
    }
}
