using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Audit;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Application.Reviews;

/// <summary>
/// 补正 in one trip: the registrar's checklist is kept on the request's audit record (no schema change); the drafter's
/// answer is checked against the latest one on file. A request without a checklist is the older free-comment 补正.
/// </summary>
public static class SupplementChecklists
{
    /// <summary>The checklist as asked: material ids get the workflow's label; the free-text item keeps its text.</summary>
    public static SupplementInput? ForRequest(SupplementInput? asked, WorkflowDefinition wf)
    {
        if (asked is null || asked.Items.Count == 0)
        {
            return null;
        }

        var items = new List<SupplementItem>();
        foreach (var item in asked.Items.DistinctBy(i => i.ItemId))
        {
            if (item.ItemId == SupplementItem.OtherId)
            {
                if (!string.IsNullOrWhiteSpace(item.Label))
                {
                    items.Add(item with { Label = item.Label.Trim() });
                }

                continue;
            }

            var material = wf.Materials.FirstOrDefault(m => m.Id == item.ItemId)
                ?? throw new InvalidInputException($"checklist: 未知材料 '{item.ItemId}'（可用：{string.Join(", ", wf.Materials.Select(m => m.Id))}, other）");
            items.Add(new SupplementItem(material.Id, material.Label));
        }

        return items.Count == 0 ? null : new SupplementInput(items);
    }

    /// <summary>The answer: the open checklist, the files by item (each upload's materialId names its item) and the reason given.</summary>
    public static async Task<SupplementInput?> ForAnswerAsync(IReviewDbContext db, ReviewCase c, WorkflowDefinition wf, string? reason,
        IReadOnlyList<(string? ItemId, DocumentUpload Upload)> files, CancellationToken ct)
    {
        var open = await OpenAsync(db, c.Id, wf, ct);
        if (open is null)
        {
            return null;
        }

        var answers = files.Select(f => new SupplementAnswered(f.ItemId ?? "", f.Upload.Input.FileName, f.Upload.Input.Sha256)).ToList();
        return new SupplementInput(open, answers, reason);
    }

    /// <summary>The items of the latest 补正 request on the case, or null when it carried no checklist.</summary>
    public static async Task<IReadOnlyList<SupplementItem>?> OpenAsync(IReviewDbContext db, Guid caseId, WorkflowDefinition wf, CancellationToken ct)
    {
        var requested = wf.ActionIdsTagged(ActionTag.SupplementRequested).ToList();
        var last = await db.AuditEvents.AsNoTracking().Where(e => e.CaseId == caseId && requested.Contains(e.Action))
            .OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(ct);
        return last is null ? null : Read(last)?.Items;
    }

    /// <summary>The checklist (and answer) recorded on an audit event, or null.</summary>
    public static SupplementInput? Read(AuditEvent e)
    {
        if (e.Data is null || !e.Data.Contains("\"supplement\"", StringComparison.Ordinal))
        {
            return null;
        }

        using var doc = JsonDocument.Parse(e.Data);
        if (!doc.RootElement.TryGetProperty("supplement", out var s) || s.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var record = s.Deserialize<Recorded>(Domain.JsonOptions.Compact);
        return record?.Items is null ? null : new SupplementInput(record.Items, record.Answers, record.Reason);
    }

    private sealed record Recorded(List<SupplementItem>? Items, List<SupplementAnswered>? Answers, string? Reason);
}
