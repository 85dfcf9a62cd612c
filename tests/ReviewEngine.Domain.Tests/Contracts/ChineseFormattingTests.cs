using ReviewEngine.Domain.Contracts;

namespace ReviewEngine.Domain.Tests.Contracts;

public sealed class ChineseFormattingTests
{
    [Theory]
    [InlineData("1200000", "人民币壹佰贰拾万元整")]
    [InlineData("200000000.00", "人民币贰亿元整")]
    [InlineData("0", "人民币零元整")]
    [InlineData("0.5", "人民币伍角")]
    [InlineData("0.05", "人民币伍分")]
    [InlineData("1000.05", "人民币壹仟元零伍分")]
    [InlineData("1010.10", "人民币壹仟零壹拾元壹角")]
    [InlineData("10010000", "人民币壹仟零壹万元整")]
    [InlineData("100000001", "人民币壹亿零壹元整")]
    [InlineData("105000", "人民币壹拾万零伍仟元整")]
    [InlineData("3000000.99", "人民币叁佰万元玖角玖分")]
    public void AmountsInCapitals(string amount, string expected) =>
        Assert.Equal(expected, ChineseMoney.ToCapitals(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void DatesWithoutLeadingZeros() => Assert.Equal("2026年3月1日", ChineseDates.Format(new DateOnly(2026, 3, 1)));

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(14, "十四")]
    [InlineData(20, "二十")]
    [InlineData(35, "三十五")]
    public void ClauseNumbers(int n, string expected) => Assert.Equal(expected, ChineseNumerals.Of(n));

    [Theory]
    [InlineData("91330702MA2EXAMP1K", null)]
    [InlineData("91330702MA2EXAMP1A", "校验码错误（第18位应为K）")]
    [InlineData("91330702MA2EXAMP1", "应为18位，实为17位")]
    [InlineData("91330702MA2EXAMPOK", "含有不允许的字符「O」（只能是数字和除 I、O、S、V、Z 外的大写字母）")]
    public void CreditCodeCheckCharacter(string code, string? problem) => Assert.Equal(problem, IdentifierChecks.CreditCodeProblem(code));

    [Theory]
    [InlineData("11010519491231002X", null)]
    [InlineData("110105194912310021", "校验码错误（第18位应为X）")]
    [InlineData("110105194913310021", "出生日期（第7至14位）无效")]
    [InlineData("11010519491231002", "应为18位，实为17位")]
    public void IdNumberCheckDigit(string id, string? problem) => Assert.Equal(problem, IdentifierChecks.IdNumberProblem(id));
}
