using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewEngine.Application.Opinions;
using ReviewEngine.Domain.Experts;
using ReviewEngine.Domain.Reviews;
using ReviewEngine.Infrastructure.Documents.Generation;

namespace ReviewEngine.Infrastructure.Tests.Documents;

/// <summary>Issue 16 item 1: the parts of a rendered 审查意见书 — sections in order, one addressee, full titles, no
/// rule codes, tables whose rows keep together, repeat their header and use single spacing.</summary>
public sealed class OpinionLetterDocxWriterTests
{
    private static readonly IssuingBody Luobu = new OpinionLetterOptions().For("luobu", "罗埠镇人民政府");

    [Fact]
    public void SectionsComeInOrderNumberedWithoutGaps()
    {
        var headings = Headings(Render(Letter()));

        Assert.Equal(
            ["一、送审事项", "二、审查依据", "三、审查意见", "四、公职律师/法律顾问意见", "五、区合法性审查中心指导意见", "六、专家论证意见", "七、审查结论"],
            headings);
    }

    [Fact]
    public void WithoutLawyerDistrictOrExpertsTheConclusionIsFourth()
    {
        var letter = Letter() with { LawyerOpinions = [], DistrictGuidance = [], Experts = ExpertReview.None };

        Assert.Equal(["一、送审事项", "二、审查依据", "三、审查意见", "四、审查结论"], Headings(Render(letter)));
    }

    [Fact]
    public void TheLetterReadsWithoutRuleCodesSlugsOrCornerBrackets()
    {
        var text = Text(Render(Letter()));

        Assert.DoesNotMatch(@"[A-Z]-[A-Z]+-\d\d", text);
        Assert.DoesNotContain("luobu", text);
        Assert.DoesNotContain("「", text);
        Assert.Single(Regex.Matches(text, "罗埠镇人民政府经济发展办公室："));
        Assert.Contains("《最高人民法院关于审理行政协议案件若干问题的规定》第二十六条", text);
        Assert.Contains("陈律师：争议解决条款应为行政诉讼。", text);
        Assert.Contains("钱督导：奖励不得与税收挂钩，改为按固定资产投资额。", text);
        Assert.Contains("对蒋专家提出的“不同意”意见", text);
        Assert.Contains("案件编号：罗埠审受〔2026〕3号", text);
    }

    [Fact]
    public void AMajorEnforcementDecisionGetsALegalCheckOpinionNotALegalityReviewLetter()
    {
        var enforcement = Letter() with { MatterKind = MatterKind.Label(MatterKind.MajorEnforcement), MatterTitle = "对某公司违法堆放建筑垃圾的行政处罚决定" };

        var paragraphs = Paragraphs(Render(enforcement));

        Assert.Equal("法制审核意见书", paragraphs[0]);
        Assert.Contains(paragraphs, p => p.Contains("《中华人民共和国行政处罚法》第五十八条", StringComparison.Ordinal) && p.Contains("法制审核", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.EndsWith("审核结论", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("（法制审核专用章）", StringComparison.Ordinal));
        Assert.Equal("合法性审查意见书", Paragraphs(Render(Letter()))[0]);
    }

    [Fact]
    public void NumberPrefixAndSealBelongToTheSameBody()
    {
        var paragraphs = Paragraphs(Render(Letter()));

        Assert.Equal("罗埠审〔2026〕2号", paragraphs[1]);
        var seal = Assert.Single(paragraphs, p => p.Contains("专用章", StringComparison.Ordinal));
        Assert.StartsWith("罗埠镇人民政府", seal);
        Assert.StartsWith(Domain.Organisations.OrganisationNames.Short(Luobu.SealName) + "审", paragraphs[1]);
    }

    [Fact]
    public void IssueRowsKeepTogetherRepeatTheHeaderAndUseSingleSpacing()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(Render(Letter())), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).Select(e => e.Description));
        var table = Assert.Single(word.MainDocumentPart!.Document!.Body!.Elements<Table>());
        var rows = table.Elements<TableRow>().ToList();

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>()));
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Null(rows[1].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(["序号", "条款", "存在问题", "审查依据", "修改意见"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
        foreach (var p in table.Descendants<Paragraph>())
        {
            var spacing = p.ParagraphProperties?.SpacingBetweenLines;
            Assert.NotNull(spacing);
            Assert.Equal(LineSpacingRuleValues.Auto, spacing.LineRule!.Value);
            Assert.Equal("240", spacing.Line?.Value);
            Assert.False(p.ParagraphProperties!.SnapToGrid!.Val!.Value);
        }
    }

    /// <summary>Issue 16 item 2: what the lead previews is what is issued, byte for byte.</summary>
    [Fact]
    public async Task TheSameLetterRendersToTheSameBytes()
    {
        var letter = Letter();
        var first = Render(letter);
        await Task.Delay(1100);

        var second = Render(letter);

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(first)),
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(second)));
        Assert.NotEqual(first, Render(letter with { Conclusion = "同意签订" }));
    }

    internal static OpinionLetter Letter() => new(
        Guid.NewGuid(),
        Luobu.LetterNumber(2026, 2),
        Luobu.SealName,
        "罗埠镇人民政府经济发展办公室",
        Luobu.CaseNumber(2026, 3),
        "罗埠镇招商引资项目投资协议",
        "行政协议",
        "罗埠镇人民政府经济发展办公室",
        new DateOnly(2026, 3, 1),
        new DateOnly(2026, 3, 2),
        new DateOnly(2026, 3, 20),
        ["合同（协议）文本", "谈判/起草说明"],
        ["《中华人民共和国税收征收管理法》第三条", "《最高人民法院关于审理行政协议案件若干问题的规定》第二十六条"],
        [
            new LetterIssue(1, "第八条", "行政协议约定仲裁", "《最高人民法院关于审理行政协议案件若干问题的规定》第二十六条", "改为向人民法院提起行政诉讼"),
            new LetterIssue(2, "第五条", "奖励与税收挂钩", "《中华人民共和国税收征收管理法》第三条", "删除与税收挂钩的奖励"),
        ],
        [new AdvisoryOpinion("陈律师", "争议解决条款应为行政诉讼")],
        [new AdvisoryOpinion("钱督导", "奖励不得与税收挂钩，改为按固定资产投资额")],
        new ExpertReview(
            "3位专家提交书面意见，多数意见为“修改后同意”（2位），1位持不同意见。",
            [new ExpertOpinionEntry("冯专家", "修改后同意。", false, ExpertVerdict.AgreeWithChanges), new ExpertOpinionEntry("蒋专家", "不同意。奖励与税收挂钩。", true, ExpertVerdict.Disagree)],
            ["对蒋专家提出的“不同意”意见：该意见所指问题已列入本意见书审查意见第2项，送审单位按修改要求修改后即可消除，故审查结论为“修改后签订”。"]),
        "修改后签订",
        null,
        "张审查",
        "刘负责");

    private static byte[] Render(OpinionLetter letter) => new OpinionLetterDocxWriter().Render(letter).Bytes;

    private static List<string> Paragraphs(byte[] bytes)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
    }

    private static List<string> Headings(byte[] bytes)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "ClauseHeading").Select(p => p.InnerText).ToList();
    }

    private static string Text(byte[] bytes)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return string.Join("\n", word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }
}
