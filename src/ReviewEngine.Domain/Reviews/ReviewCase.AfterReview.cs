using ReviewEngine.Domain.Normative;
using ReviewEngine.Domain.Signing;
using ReviewEngine.Domain.Workflows;

namespace ReviewEngine.Domain.Reviews;

/// <summary>
/// The life after review: 签订 of a contract (only the reviewed text, only after a conclusion that allows signing) and
/// 集体审议 → 公布 → 备案 of a normative document. Each is written by an action whose definition declares
/// <c>records</c>; the record is read and checked before the machine fires, so a refusal changes nothing.
/// </summary>
public sealed partial class ReviewCase
{
    public SigningRecord? Signing { get; private set; }
    public DeliberationRecord? Deliberation { get; private set; }
    public PublicationRecord? Publication { get; private set; }
    public FilingRecord? Filing { get; private set; }

    /// <summary>Checks the record the action writes; returns how to store it (null when the action writes none of these).</summary>
    private Action? ReadAfterReviewRecord(ActionDefinition action, ActionRequest r, WorkflowDefinition wf, ActionContext ctx)
    {
        if (action.Records is not (ActionRecord.Signing or ActionRecord.Deliberation or ActionRecord.Publication or ActionRecord.Filing) || r.IsProbe)
        {
            return null;
        }

        var f = new RecordFields(r.Record, ctx.Today);
        Action store = action.Records switch
        {
            ActionRecord.Signing => ReadSigning(action, r, f),
            ActionRecord.Deliberation => ReadDeliberation(f, wf, ctx),
            ActionRecord.Publication => ReadPublication(f),
            _ => ReadFiling(f),
        };
        if (f.Problems.Count > 0)
        {
            throw new ActionRejectedException(action.Label, f.Problems);
        }

        return store;
    }

    private Action ReadSigning(ActionDefinition action, ActionRequest r, RecordFields f)
    {
        // Whatever the definition says, a refusal is final: only a new round or abandonment follows it.
        if (Opinion is not { Approved: true } o || Conclusions.IsRefusal(o.Conclusion))
        {
            throw new ActionRejectedException(action.Label, [$"审查结论为「{Opinion?.Conclusion ?? "（无）"}」，不得签订；只能重新送审或放弃该事项"]);
        }

        var check = r.TextCheck ?? throw new ActionRejectedException(action.Label, ["须上传签订文本，与审查通过的文本比对后方可签订"]);
        if (!check.Identical)
        {
            throw new ActionRejectedException(action.Label, [check.Describe()]);
        }

        var on = f.Date("signedOn", "签订日期");
        var who = f.Text("signatories", "签订各方及签字人");
        return () => Signing = new SigningRecord(on, who, check.ReviewedHash, check.SignedHash, check.ReviewedDocumentSha256 ?? "", r.Document?.Sha256 ?? "");
    }

    private Action ReadDeliberation(RecordFields f, WorkflowDefinition wf, ActionContext ctx)
    {
        var on = f.Date("meetingOn", "会议日期");
        var name = f.Text("meetingName", "会议名称");
        var outcome = f.Text("outcome", "审议结果");
        // A workflow that reserves review time (重大行政决策) records the meeting's materials and checks the reserve.
        var reserved = wf.ReviewClock.ReserveBeforeMeeting;
        var materials = reserved ? f.Text("materials", "会议材料") : f.Optional("materials", "会议材料");
        var reason = f.Optional("reserveReason", "提前讨论的理由");
        if (reserved && on != default)
        {
            ReviewReserveCheck.Run(Clock, wf.ReviewClock.MinimumWorkingDays, on, reason, ctx.Calendar, f.Problems);
        }

        return () => Deliberation = new DeliberationRecord(on, name, outcome) { Materials = materials, ShortReserveReason = reason };
    }

    private Action ReadPublication(RecordFields f)
    {
        var on = f.Date("publishedOn", "公布日期");
        var number = f.Text("documentNumber", "文号");
        var channel = f.Text("channel", "公布载体");
        if (Deliberation is { } d && on < d.MeetingOn)
        {
            f.Problems.Add($"公布日期不能早于集体审议日期（{d.MeetingOn:yyyy-MM-dd}）");
        }

        return () => Publication = new PublicationRecord(on, number, channel);
    }

    private Action ReadFiling(RecordFields f)
    {
        var on = f.Date("filedOn", "备案日期");
        var with = f.Text("filedWith", "备案机关");
        if (Publication is { } p && on < p.PublishedOn)
        {
            f.Problems.Add($"备案日期不能早于公布日期（{p.PublishedOn:yyyy-MM-dd}）");
        }

        return () => Filing = new FilingRecord(on, with);
    }

    /// <summary>
    /// A 签订 refused because the text differs from the reviewed one joins the case file: the file offered (not as a
    /// material, so it never becomes the reviewed text) and an audit event saying where the texts part. No state change.
    /// </summary>
    public void RecordRefusedSigning(ActionRequest r, ActionContext ctx)
    {
        if (r.TextCheck is not { Identical: false } check)
        {
            return;
        }

        if (r.Document is not null)
        {
            AddDocument(r.Document with { MaterialId = null, Purpose = SigningRefused }, SigningRefused, ctx);
        }

        Record(ctx, SigningRefused, State, State, null, check.Describe(), r.Document?.Sha256,
            new { check.ReviewedHash, check.SignedHash, check.Paragraph, reviewedDocument = check.ReviewedDocumentSha256 });
    }

    public const string SigningRefused = "signingRefused";

    private void ClearAfterReviewRecords()
    {
        Signing = null;
        Deliberation = null;
        Publication = null;
        Filing = null;
    }
}
