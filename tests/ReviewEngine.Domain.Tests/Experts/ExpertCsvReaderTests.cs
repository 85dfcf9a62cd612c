using System.Text;
using ReviewEngine.Domain.Experts;

namespace ReviewEngine.Domain.Tests.Experts;

public sealed class ExpertCsvReaderTests
{
    private const string ChineseHeader = "姓名,工作单位,单位类型,职称,专业领域,从业年限,聘期开始,聘期结束,状态,申报回避";
    private const string EnglishHeader = "name,organisation,organisationType,title,fields,yearsInField,termStart,termEnd,status,conflicts";

    [Fact]
    public void ReadsChineseHeadersWithListsAndQuotedCells()
    {
        var csv = ChineseHeader + "\n"
            + "冯明,浙江师范大学法政学院,院校,教授,土地、规划;合同,15,2025-01-01,2027-12-31,在库,罗埠镇人民政府；张某\n"
            + "褚亮,\"浙江某律师事务所, 金华分所\",律所,合伙人,合同,8,2025/3/1,2028/2/28,,\n";

        var result = ExpertCsvReader.Read(csv);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal(["土地", "规划", "合同"], result.Rows[0].Fields);
        Assert.Equal(["罗埠镇人民政府", "张某"], result.Rows[0].Conflicts);
        Assert.Equal("浙江某律师事务所, 金华分所", result.Rows[1].Organisation);
        Assert.Equal(ExpertStatus.Active, result.Rows[1].Status);
        Assert.Equal(new DateOnly(2028, 2, 28), result.Rows[1].TermEnd);
    }

    [Fact]
    public void ReadsEnglishHeadersAndEnglishValues()
    {
        var csv = EnglishHeader + ",userId\r\n卫东,婺城区自然资源和规划分局,government,高级工程师,土地,20,2025-01-01,2027-12-31,suspended,,expert-3\r\n";

        var row = Assert.Single(ExpertCsvReader.Read(csv).Rows);

        Assert.Equal(OrganisationType.GovernmentDepartment, row.OrganisationType);
        Assert.Equal(ExpertStatus.Suspended, row.Status);
        Assert.Equal("expert-3", row.UserId);
    }

    [Fact]
    public void EveryBadCellIsReportedWithLineColumnAndReasonAndNoRowIsReturned()
    {
        var csv = ChineseHeader + "\n"
            + "冯明,浙江师范大学,院校,教授,土地,15,2025-01-01,2027-12-31,在库,\n"
            + ",某律所,大学,律师,合同,十年,2025-13-01,2024-01-01,休假,\n"
            + "\n"
            + "蒋华,金华职业技术大学,院校,副教授,,5,2026-01-01,2025-01-01,在库,\n"
            + "冯明,浙江师范大学,院校,教授,土地,15,2025-01-01,2027-12-31,在库,\n"
            + "沈强,金华市律师协会,协会\n";

        var result = ExpertCsvReader.Read(csv);
        var errors = result.Errors.Select(e => (e.Line, e.Column, e.ColumnName)).ToList();

        Assert.Empty(result.Rows);
        Assert.Contains((3, 1, "姓名"), errors);
        Assert.Contains((3, 3, "单位类型"), errors);
        Assert.Contains((3, 6, "从业年限"), errors);
        Assert.Contains((3, 7, "聘期开始"), errors);
        Assert.Contains((3, 9, "状态"), errors);
        Assert.Contains((5, 5, "专业领域"), errors);
        Assert.Contains((5, 8, "聘期结束"), errors);
        Assert.Contains((6, 1, "姓名"), errors);
        Assert.Contains((7, 5, "专业领域"), errors);
        Assert.Contains(result.Errors, e => e.Line == 3 && e.Reason.Contains("未知单位类型「大学」"));
        Assert.Contains(result.Errors, e => e.Line == 6 && e.Reason.Contains("与第 2 行重复"));
        Assert.DoesNotContain(result.Errors, e => e.Line == 2);
    }

    [Fact]
    public void MissingAndUnknownHeadersAreReportedOnLineOne()
    {
        var result = ExpertCsvReader.Read("姓名,单位,单位类型\n冯明,浙师大,院校\n");

        Assert.Contains(result.Errors, e => e is { Line: 1, Column: 2 } && e.Reason == "未知列「单位」");
        Assert.Contains(result.Errors, e => e.Line == 1 && e.Reason.Contains("缺少列「工作单位」"));
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Gb18030FilesFromExcelAreDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding("GB18030");
        var csv = ChineseHeader + "\r\n沈强,金华市律师协会,协会,会长,行政执法、劳动,25,2024-07-01,2029-06-30,在库,\r\n";
        var bytes = gb.GetBytes(csv);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));

        var row = Assert.Single(ExpertCsvReader.Read(bytes).Rows);

        Assert.Equal("沈强", row.Name);
        Assert.Equal("金华市律师协会", row.Organisation);
        Assert.Equal(["行政执法", "劳动"], row.Fields);
    }

    [Fact]
    public void Utf8WithByteOrderMarkIsRead()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(EnglishHeader + "\n冯明,浙师大,院校,教授,土地,1,2025-01-01,2026-12-31,在库,\n")).ToArray();

        Assert.Equal("冯明", Assert.Single(ExpertCsvReader.Read(bytes).Rows).Name);
    }
}
