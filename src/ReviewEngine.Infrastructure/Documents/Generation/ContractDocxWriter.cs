using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewEngine.Application.Contracts;
using ReviewEngine.Domain.Contracts;
using ReviewEngine.Domain.Templates;
using static ReviewEngine.Infrastructure.Documents.Generation.DocxBlocks;

namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>
/// A contract in the GB/T 9704 layout: title, party blocks, clauses 第一条 …, signature and seal table, contract number
/// in the header, page number in the footer. Template id and version and the field-values hash go into custom
/// document properties, so a submitted contract can be traced to the standard text it came from.
/// </summary>
public sealed class ContractDocxWriter : IContractDocumentWriter
{
    public const string TemplateIdProperty = "ReviewEngine.TemplateId";
    public const string TemplateVersionProperty = "ReviewEngine.TemplateVersion";
    public const string FieldsHashProperty = "ReviewEngine.FieldsHash";
    public const string NumberProperty = "ReviewEngine.ContractNumber";

    public GeneratedDocument Write(ComposedContract contract)
    {
        using var stream = DocxBasePackage.NewStream();
        using (var doc = DocxBasePackage.OpenCopy(stream))
        {
            var main = doc.MainDocumentPart!;
            var body = main.Document!.Body!;
            body.Append(Para(DocxStyles.Title, contract.Title));
            body.Append(Para(DocxStyles.Plain, $"合同编号：{contract.Number}", JustificationValues.Right));
            foreach (var party in contract.Parties)
            {
                AppendParty(body, party);
            }

            foreach (var (label, value) in contract.OtherFields)
            {
                AppendLine(body, label, value);
            }

            foreach (var clause in contract.Clauses)
            {
                body.Append(Para(DocxStyles.ArticleHeading, $"第{ChineseNumerals.Of(clause.Number)}条　{clause.Heading}"));
                body.Append(clause.Paragraphs.Select(p => Para(DocxStyles.Body, p)));
                if (clause.Breakdown is { } breakdown)
                {
                    AppendBreakdown(body, breakdown);
                }
            }

            AppendSignatureBlock(body, contract);
            body.Append(DocxPageSetup.Apply(main, $"合同编号：{contract.Number}"));
            doc.PackageProperties.Title = contract.Title;
            DocxCustomProperties.Write(doc, new Dictionary<string, string>
            {
                [TemplateIdProperty] = contract.Template.Id,
                [TemplateVersionProperty] = contract.Template.Version,
                [FieldsHashProperty] = contract.FieldsHash,
                [NumberProperty] = contract.Number,
            });
        }

        return new GeneratedDocument($"{contract.Title}-{contract.Number}.docx", stream.ToArray());
    }

    public GeneratedDocument FillUserTemplate(byte[] template, ComposedContract contract)
    {
        var values = new Dictionary<string, string>(contract.DisplayValues);
        foreach (var field in contract.Template.Fields.Where(f => f.Type == FieldType.Money && contract.Values.ContainsKey(f.Name)))
        {
            values[field.Name + "Capitals"] = ChineseMoney.ToCapitals(decimal.Parse(contract.Values[field.Name], CultureInfo.InvariantCulture));
        }

        values["contractNumber"] = contract.Number;
        var filled = UserTemplateFiller.Fill(template, values);
        if (filled.Unfilled.Count > 0)
        {
            throw new ContractFieldsException(filled.Unfilled.Select(n => new FieldError(n, $"Word 模板中的「{n}」没有对应的字段")).ToList());
        }

        return new GeneratedDocument($"{contract.Title}-{contract.Number}.docx", filled.Bytes);
    }

    /// <summary>The itemised table of a total (项目 | 金额（元）), header row repeated, rows kept whole; the text comparer
    /// (ClauseComparer) recognises it by its header.</summary>
    private static void AppendBreakdown(Body body, IReadOnlyList<KeyValuePair<string, string>> rows)
    {
        var table = Table(true, [3, 2], rows.Select(r => (IReadOnlyList<string>)[r.Key, r.Value]).Prepend(["项目", "金额（元）"]), headerRow: true);
        foreach (var (row, i) in table.Elements<TableRow>().Select((r, i) => (r, i)))
        {
            row.PrependChild(i == 0 ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));
        }

        body.Append(table);
    }

    private static void AppendParty(Body body, ContractParty party)
    {
        body.Append(Para(DocxStyles.Plain, null, Run($"{party.Label}：", bold: true), Run(party.Name)));
        if (party.IsPerson)
        {
            AppendLine(body, "公民身份号码", party.IdNumber);
            AppendLine(body, "住址", party.Address);
        }
        else
        {
            AppendLine(body, "统一社会信用代码", party.CreditCode);
            AppendLine(body, "法定代表人（负责人）", party.Representative);
            AppendLine(body, "住所", party.Address);
        }

        AppendLine(body, "联系电话", party.Phone);
    }

    private static void AppendLine(Body body, string label, string? value)
    {
        if (value is not null)
        {
            body.Append(Para(DocxStyles.Plain, $"{label}：{value}"));
        }
    }

    /// <summary>"（以下无正文）" and the signature table never stand alone on a page: the last body paragraph and the
    /// 以下无正文 line keep with the next paragraph and keep their lines together, and the signatures are one table row
    /// that cannot break across pages, so Word and LibreOffice move them as one block. At most two columns, so the
    /// signature lines of a three-party agreement stay readable (甲方 and 丙方 left, 乙方 right).</summary>
    private static void AppendSignatureBlock(Body body, ComposedContract contract)
    {
        if (body.Elements<Paragraph>().LastOrDefault() is { } last)
        {
            KeepWithNext(last);
        }

        body.Append(KeepWithNext(Para(DocxStyles.Body, "（以下无正文）")));
        var columns = Math.Min(2, Math.Max(1, contract.Parties.Count));
        var table = Table(false, Enumerable.Repeat(1, columns).ToArray(), [Enumerable.Repeat("", columns).ToList()]);
        var row = table.Elements<TableRow>().Single();
        row.PrependChild(new TableRowProperties(new CantSplit()));
        var cells = row.Elements<TableCell>().ToList();
        for (var i = 0; i < cells.Count; i++)
        {
            var lines = contract.Parties.Where((_, index) => index % columns == i)
                .SelectMany((party, n) => (n > 0 ? [""] : Array.Empty<string>()).Concat(SignatureLines(party, contract.SigningDate)));
            cells[i].RemoveAllChildren<Paragraph>();
            cells[i].Append(lines.Select(line => KeepWithNext(Para(DocxStyles.Table, line))));
        }

        body.Append(table);
    }

    private static Paragraph KeepWithNext(Paragraph paragraph)
    {
        var props = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
        props.InsertAfter(new KeepLines(), props.ParagraphStyleId);
        props.InsertAfter(new KeepNext(), props.ParagraphStyleId);
        return paragraph;
    }

    /// <summary>An organisation seals and its 法定代表人（负责人） or agent signs; a natural person signs and adds a fingerprint.</summary>
    private static IEnumerable<string> SignatureLines(ContractParty party, string? signingDate)
    {
        var date = $"签订日期：{signingDate ?? "　　年　　月　　日"}";
        return party.IsPerson
            ? [$"{party.Role}（签字并按手印）：", party.Name, "", "", "", "", date]
            : [$"{party.Role}（盖章）：", party.Name, "", "法定代表人（负责人）", "或者委托代理人（签字）：", "", date];
    }
}
