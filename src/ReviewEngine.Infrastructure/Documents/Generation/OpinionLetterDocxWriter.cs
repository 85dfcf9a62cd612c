using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewEngine.Application.Contracts;
using ReviewEngine.Application.Opinions;
using ReviewEngine.Domain.Contracts;
using static ReviewEngine.Infrastructure.Documents.Generation.DocxBlocks;

namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>The 审查意见书 in the GB/T 9704 layout: title and number, matter, dates, basis, issues table, expert
/// opinions with dissent, conclusion, reviewer and lead, issuing body and date.</summary>
public sealed class OpinionLetterDocxWriter : IOpinionLetterRenderer
{
    public const string CaseIdProperty = "ReviewEngine.CaseId";
    public const string LetterNumberProperty = "ReviewEngine.OpinionNumber";

    public GeneratedDocument Render(OpinionLetter letter)
    {
        using var stream = DocxBasePackage.NewStream();
        using (var doc = DocxBasePackage.OpenCopy(stream))
        {
            var main = doc.MainDocumentPart!;
            var body = main.Document!.Body!;
            body.Append(Para(DocxStyles.Title, "合法性审查意见书"));
            body.Append(Para(DocxStyles.Plain, letter.Number, JustificationValues.Center));
            body.Append(Para(DocxStyles.Plain, $"{letter.SubmittingUnit}："));
            body.Append(Para(DocxStyles.Body,
                $"你单位于{ChineseDates.Format(letter.ReceivedOn)}报送的《{letter.MatterTitle}》（{letter.MatterKind}，案件编号 {letter.CaseNumber}）"
                + (letter.AcceptedOn is { } a ? $"已于{ChineseDates.Format(a)}受理。" : "已收悉。") + "经审查，现将审查意见函告如下。"));
            Section(body, "一、审查依据", letter.ReviewBasis.Count == 0 ? ["送审材料及相关法律、法规、规章规定。"] : letter.ReviewBasis);
            body.Append(Para(DocxStyles.Heading, "二、审查发现的问题及修改意见"));
            AppendIssues(body, letter);
            body.Append(Para(DocxStyles.Heading, "三、专家论证意见"));
            AppendExperts(body, letter.ExpertOpinions, letter.ExpertSummary);
            Section(body, "四、审查结论", [$"审查结论：{letter.Conclusion}。", .. Lines(letter.ConclusionText)]);
            body.Append(Para(DocxStyles.Body, "请你单位根据本意见书修改完善，并在规定期限内反馈意见采纳情况。"));
            body.Append(Para(DocxStyles.Plain, $"审查人：{letter.Reviewer}　　审核人（负责人）：{letter.ReviewLead}", JustificationValues.Right));
            body.Append(Para(DocxStyles.Plain, $"{letter.IssuedBy}（合法性审查专用章）", JustificationValues.Right));
            body.Append(Para(DocxStyles.Plain, ChineseDates.Format(letter.IssuedOn), JustificationValues.Right));
            body.Append(DocxPageSetup.Apply(main, letter.Number));
            doc.PackageProperties.Title = $"合法性审查意见书 {letter.Number}";
            DocxCustomProperties.Write(doc, new Dictionary<string, string>
            {
                [CaseIdProperty] = letter.CaseId.ToString(),
                [LetterNumberProperty] = letter.Number,
            });
        }

        return new GeneratedDocument($"审查意见书-{letter.CaseNumber}.docx", stream.ToArray());
    }

    // Left-aligned: file names and statute titles are long unbreakable runs that justification would spread out.
    private static void Section(Body body, string heading, IEnumerable<string> lines)
    {
        body.Append(Para(DocxStyles.Heading, heading));
        body.Append(lines.Select(l => Para(DocxStyles.Body, l, JustificationValues.Left)));
    }

    private static void AppendIssues(Body body, OpinionLetter letter)
    {
        if (letter.Issues.Count == 0)
        {
            body.Append(Para(DocxStyles.Body, "经审查，未发现需要修改的问题。"));
            return;
        }

        IReadOnlyList<string>[] header = [["序号", "条款", "问题", "法律依据", "修改要求"]];
        var rows = letter.Issues.Select(i => (IReadOnlyList<string>)[i.No.ToString(), i.Clause, i.Finding, i.LegalBasis, i.RequiredChange]);
        body.Append(Table(true, [5, 6, 12, 9, 12], header.Concat(rows), headerRow: true));
    }

    private static void AppendExperts(Body body, IReadOnlyList<ExpertOpinionEntry> experts, string? summary)
    {
        if (experts.Count == 0 && summary is null)
        {
            body.Append(Para(DocxStyles.Body, "本事项未组织专家论证。"));
            return;
        }

        var dissent = experts.Count(e => e.Dissent);
        body.Append(Para(DocxStyles.Body, summary is not null
            ? $"专家意见汇总：{summary}"
            : $"共{experts.Count}位专家提出书面意见，" + (dissent == 0 ? "意见一致。" : $"其中{dissent}位持不同意见。")));
        foreach (var e in experts)
        {
            body.Append(Para(DocxStyles.Body, $"{e.Expert}{(e.Dissent ? "（不同意见）" : "")}：{e.Text}"));
        }
    }

    private static IEnumerable<string> Lines(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
