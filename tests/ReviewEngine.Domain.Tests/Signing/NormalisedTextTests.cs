using ReviewEngine.Domain.Signing;

namespace ReviewEngine.Domain.Tests.Signing;

public sealed class NormalisedTextTests
{
    private const string Reviewed = "第一条　甲方将位于罗埠镇的厂房出租给乙方。\n第二条　租金为每年人民币伍拾万元（500000元）。\n第三条　争议由双方协商解决；协商不成的，向金华市婺城区人民法院起诉。";

    [Fact]
    public void SpacingLineBreaksAndPunctuationWidthDoNotChangeTheHash()
    {
        // Half-width brackets and semicolon, ASCII spaces, CRLF, a paragraph wrapped over two lines, a page number line.
        const string retyped = "第一条 甲方将位于罗埠镇的厂房出租给乙方。\r\n\r\n第二条  租金为每年人民币伍拾万元(500000元)。\r\n第三条 争议由双方协商解决;协商不成的，\r\n向金华市婺城区人民法院起诉。\r\n- 1 -\r\n";

        Assert.Equal(NormalisedText.Of(Reviewed).Hash, NormalisedText.Of(retyped).Hash);
        Assert.True(TextComparison.Of(NormalisedText.Of(Reviewed), NormalisedText.Of(retyped)).Identical);
    }

    [Fact]
    public void OneChangedCharacterIsAMismatchNamingTheParagraph()
    {
        var changed = Reviewed.Replace("伍拾万元（500000元）", "伍拾万元（600000元）");

        var comparison = TextComparison.Of(NormalisedText.Of(Reviewed), NormalisedText.Of(changed));

        Assert.False(comparison.Identical);
        Assert.Equal(2, comparison.Paragraph);
        Assert.Contains("500000", comparison.ReviewedExcerpt);
        Assert.Contains("600000", comparison.SignedExcerpt);
        Assert.StartsWith("未经合法性审查的文本不得签订", comparison.Describe());
        Assert.Contains("第 2 段", comparison.Describe());
    }

    [Fact]
    public void AnAddedClauseAtTheEndIsAMismatchAfterTheLastReviewedParagraph()
    {
        var comparison = TextComparison.Of(NormalisedText.Of(Reviewed), NormalisedText.Of(Reviewed + "\n第四条　乙方享有五年独家经营权。"));

        Assert.False(comparison.Identical);
        Assert.Equal(4, comparison.Paragraph);
        Assert.Equal("（无）", comparison.ReviewedExcerpt);
        Assert.Contains("独家经营权", comparison.SignedExcerpt);
    }

    [Fact]
    public void TextAddedAtTheEndOfAParagraphNamesThatParagraph()
    {
        var comparison = TextComparison.Of(NormalisedText.Of(Reviewed), NormalisedText.Of(Reviewed + "但乙方放弃起诉权。"));

        Assert.Equal(3, comparison.Paragraph);
        Assert.Contains("放弃起诉权", comparison.SignedExcerpt);
    }

    [Fact]
    public void HashIsSha256OfTheNormalisedText()
    {
        var hash = NormalisedText.Of("甲方：  罗埠镇人民政府\n").Hash;

        Assert.Equal(64, hash.Length);
        Assert.Equal(NormalisedText.Of("甲方:罗埠镇人民政府").Hash, hash);
        Assert.NotEqual(NormalisedText.Of("乙方:罗埠镇人民政府").Hash, hash);
    }
}
