using DocumentFormat.OpenXml.Wordprocessing;
using ReviewEngine.Application.Contracts;
using ReviewEngine.Application.Opinions;
using ReviewEngine.Domain.Contracts;
using ReviewEngine.Domain.Reviews;
using static ReviewEngine.Infrastructure.Documents.Generation.DocxBlocks;

namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>
/// The 审查意见书 in the GB/T 9704 layout: title and number, addressee, then 送审事项, 审查依据, 审查意见, the
/// lawyer's opinion and the district centre's guidance (when given), 专家论证意见 (when held) and 审查结论, numbered
/// 一、二、… in that order without gaps; reviewer and lead, the issuing body's seal line and the date.
/// </summary>
public sealed class OpinionLetterDocxWriter : IOpinionLetterRenderer
{
    public const string CaseIdProperty = "ReviewEngine.CaseId";
    public const string LetterNumberProperty = "ReviewEngine.OpinionNumber";

    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public GeneratedDocument Render(OpinionLetter letter)
    {
        using var stream = DocxBasePackage.NewStream();
        using (var doc = DocxBasePackage.OpenCopy(stream))
        {
            var main = doc.MainDocumentPart!;
            var body = main.Document!.Body!;
            // A major enforcement decision gets 法制审核 (行政处罚法第五十八条), not the legality review of other matters.
            var enforcement = IsEnforcement(letter);
            var title = enforcement ? "法制审核意见书" : "合法性审查意见书";
            var review = enforcement ? "审核" : "审查";
            body.Append(Para(DocxStyles.Title, title));
            body.Append(Para(DocxStyles.Plain, letter.Number, JustificationValues.Center));
            body.Append(Para(DocxStyles.Plain, $"{letter.Addressee}："));
            body.Append(Para(DocxStyles.Body, enforcement
                ? $"你单位报送的《{letter.MatterTitle}》收悉。根据《中华人民共和国行政处罚法》第五十八条和《浙江省行政合法性审查工作规定》，"
                    + "本机关对该重大行政执法决定进行了法制审核，现提出审核意见如下："
                : $"你单位报送的《{letter.MatterTitle}》收悉。根据《浙江省行政合法性审查工作规定》《金华市乡镇（街道）行政合法性审查工作规定》，"
                    + "本机关对该事项进行了合法性审查，现提出审查意见如下："));
            var sections = new List<(string Heading, Action Write)>
            {
                ("送审事项", () => Lines(body, Matter(letter))),
                (review + "依据", () => Lines(body, Basis(letter.ReviewBasis))),
                (review + "意见", () => Issues(body, letter.Issues)),
            };
            if (letter.LawyerOpinions.Count > 0)
            {
                sections.Add(("公职律师/法律顾问意见", () => Lines(body, letter.LawyerOpinions.Select(o => $"{o.Author}：{End(o.Text)}"))));
            }

            if (letter.DistrictGuidance.Count > 0)
            {
                sections.Add(("区合法性审查中心指导意见", () => Lines(body, letter.DistrictGuidance.Select(o => $"{o.Author}：{End(o.Text)}"))));
            }

            if (letter.Experts.Held)
            {
                sections.Add(("专家论证意见", () => Lines(body, Experts(letter.Experts))));
            }

            sections.Add((review + "结论", () => Lines(body, Conclusion(letter))));
            for (var i = 0; i < sections.Count; i++)
            {
                body.Append(Para(DocxStyles.Heading, $"{Ordinals[i]}、{sections[i].Heading}"));
                sections[i].Write();
            }

            body.Append(Para(DocxStyles.Plain, $"审查人：{letter.Reviewer}　　审核人（负责人）：{letter.ReviewLead}", JustificationValues.Right));
            body.Append(Para(DocxStyles.Plain, $"{letter.IssuedBy}（{(enforcement ? "法制审核" : "合法性审查")}专用章）", JustificationValues.Right));
            body.Append(Para(DocxStyles.Plain, ChineseDates.Format(letter.IssuedOn), JustificationValues.Right));
            body.Append(DocxPageSetup.Apply(main, letter.Number));
            doc.PackageProperties.Title = $"{title} {letter.Number}";
            DocxCustomProperties.Write(doc, new Dictionary<string, string>
            {
                [CaseIdProperty] = letter.CaseId.ToString(),
                [LetterNumberProperty] = letter.Number,
            });
        }

        return new GeneratedDocument($"{(IsEnforcement(letter) ? "法制审核意见书" : "审查意见书")}-{letter.Number}.docx", DeterministicDocx.Normalize(stream.ToArray()));
    }

    private static bool IsEnforcement(OpinionLetter letter) => letter.MatterKind == MatterKind.Label(MatterKind.MajorEnforcement);

    private static IEnumerable<string> Matter(OpinionLetter letter) =>
    [
        $"（一）事项名称：《{letter.MatterTitle}》",
        $"（二）事项类型：{letter.MatterKind}",
        $"（三）送审单位：{letter.SubmittingUnit}",
        $"（四）收件日期：{ChineseDates.Format(letter.ReceivedOn)}；受理日期："
            + (letter.AcceptedOn is { } a ? ChineseDates.Format(a) : "未受理"),
        $"（五）案件编号：{letter.CaseNumber}",
        "（六）送审材料：" + (letter.Materials.Count == 0 ? "无" : string.Join("、", letter.Materials)),
    ];

    private static IEnumerable<string> Basis(IReadOnlyList<string> basis) => basis.Count == 0
        ? ["本事项未发现需要援引具体条文的问题。"]
        : basis.Select((b, i) => $"{i + 1}．{b}");

    private static void Issues(Body body, IReadOnlyList<LetterIssue> issues)
    {
        if (issues.Count == 0)
        {
            body.Append(Para(DocxStyles.Body, "经审查，未发现需要修改的问题。"));
            return;
        }

        body.Append(Para(DocxStyles.Body, $"经审查，送审事项存在以下{issues.Count}个问题，应当按要求修改："));
        body.Append(LetterTable.Build(
            [4, 5, 11, 12, 11],
            ["序号", "条款", "存在问题", "审查依据", "修改意见"],
            issues.Select(i => (IReadOnlyList<string>)[i.No.ToString(), i.Clause, i.Problem, i.Basis, i.RequiredChange])));
    }

    private static IEnumerable<string> Experts(ExpertReview experts)
    {
        if (experts.Summary is not null)
        {
            yield return $"本事项组织了专家论证，{experts.Summary}";
        }

        foreach (var e in experts.Opinions)
        {
            yield return $"{e.Expert}{(e.Dissent ? "（不同意见）" : "")}：{End(e.Text)}";
        }

        foreach (var answer in experts.DissentAnswers)
        {
            yield return answer;
        }
    }

    private static IEnumerable<string> Conclusion(OpinionLetter letter)
    {
        yield return $"审查结论：{letter.Conclusion}。";
        if (!string.IsNullOrWhiteSpace(letter.ConclusionText))
        {
            foreach (var line in letter.ConclusionText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return End(line);
            }
        }

        yield return letter.Issues.Count > 0
            ? "请你单位根据本意见书修改完善，并在规定期限内反馈意见采纳情况。"
            : "请你单位按程序办理。";
    }

    // Left-aligned: statute titles are long unbreakable runs that justification would spread out.
    private static void Lines(Body body, IEnumerable<string> lines) =>
        body.Append(lines.Select(l => Para(DocxStyles.Body, l, JustificationValues.Left)));

    private static string End(string text)
    {
        var t = text.Trim();
        return t.Length == 0 || "。！？；”".Contains(t[^1]) ? t : t + "。";
    }
}
