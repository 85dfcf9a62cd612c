using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewEngine.Application.CaseFiles;

namespace ReviewEngine.Infrastructure.CaseFiles;

/// <summary>卷宗目录: the case's particulars and every file of the ZIP with its order and SHA-256.</summary>
internal static class CoverIndexDocx
{
    public static byte[] Build(CaseFile file, IReadOnlyList<CaseFileEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body(
                Paragraph("行政合法性审查卷宗目录", bold: true, size: 32),
                Paragraph($"案件编号：{file.Number}"),
                Paragraph($"事项名称：{file.Title}"),
                Paragraph($"事项类型：{file.KindLabel}（{file.Kind}）"),
                Paragraph($"乡镇（街道）：{file.Township}"),
                Paragraph($"当前状态：{file.StateLabel}"),
                Paragraph(file.Verification.IsValid
                    ? $"审计记录：{file.AuditEvents.Count} 条，哈希链校验通过"
                    : $"审计记录：哈希链校验未通过（第 {file.Verification.BrokenSequence} 条：{file.Verification.Reason}）"),
                IndexTable(entries));
            if (file.OpinionIssues is { Count: > 0 } issues)
            {
                // The 卷宗 keeps what the drafter answered to each issue, not only the revised text (issue 17 item 5).
                body.Append(Paragraph($"审查意见采纳情况（审查结论：{file.Conclusion}）", bold: true, size: 28));
                body.Append(AdoptionTable(issues));
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Table IndexTable(IReadOnlyList<CaseFileEntry> entries)
    {
        var table = new Table(new TableProperties(Borders()));
        table.Append(Row("序号", "类别", "轮次", "文件", "SHA-256"));
        foreach (var e in entries)
        {
            table.Append(Row(e.Order.ToString("D2"), e.Section, e.Round is { } r ? $"第{r}轮" : "", e.EntryName, e.Sha256));
        }

        return table;
    }

    private static Table AdoptionTable(IReadOnlyList<Domain.Reviews.AnsweredIssue> issues)
    {
        var table = new Table(new TableProperties(Borders()));
        table.Append(Row("序号", "条款", "问题", "修改要求", "采纳情况"));
        foreach (var a in issues)
        {
            table.Append(Row(a.Issue.No.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Issue.Clause, a.Issue.Finding, a.Issue.RequiredChange,
                Domain.Reviews.AdoptionLabels.Describe(a.Adoption)));
        }

        return table;
    }

    private static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
        new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });

    private static TableRow Row(params string[] cells) =>
        new(cells.Select(c => new TableCell(Paragraph(c, size: 18))));

    private static Paragraph Paragraph(string text, bool bold = false, int size = 24)
    {
        var props = new RunProperties(new RunFonts { EastAsia = "宋体" }, new FontSize { Val = size.ToString() });
        if (bold)
        {
            props.Append(new Bold());
        }

        return new Paragraph(new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
