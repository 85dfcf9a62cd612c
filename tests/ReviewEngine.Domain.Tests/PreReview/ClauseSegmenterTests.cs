using ReviewEngine.Domain.PreReview.Text;

namespace ReviewEngine.Domain.Tests.PreReview;

public sealed class ClauseSegmenterTests
{
    [Fact]
    public void ArticlesAreLabelledAsWrittenWithExactSpans()
    {
        const string text = "《××镇管理办法》\n第一条 为规范管理，制定本办法。\n第十二条 本办法自2026年7月1日起施行。";
        var clauses = ClauseSegmenter.Segment(text);

        Assert.Equal(["标题", "第一条", "第十二条"], clauses.Select(c => c.Label));
        var last = clauses[^1];
        Assert.Equal(ClauseRole.Article, last.Role);
        Assert.Equal("第十二条 本办法自2026年7月1日起施行。", text[last.Start..last.End]);
    }

    [Fact]
    public void ChineseNumeralItemsAndParenthesisedSubItemsNestUnderTheirArticle()
    {
        const string text = "关于加强管理的通知\n一、总体要求\n（一）依法办事。\n（二）公开透明。\n二、工作措施\n1. 建立台账。";
        var clauses = ClauseSegmenter.Segment(text);

        Assert.Equal(["标题", "一", "一（一）", "一（二）", "二", "二1"], clauses.Select(c => c.Label));
        Assert.Equal("一", clauses[2].TopLabel);
    }

    [Fact]
    public void ItemsOfAnAnnexAreTheAnnexsNotTheLastArticles()
    {
        const string text = "《××项目补充协议》\n第一条 附件所列扶持事项与本协议具有同等效力。\n第二条 本协议自双方签字盖章之日起生效。\n"
            + "附件一：扶持事项明细\n1. 项目投产后给予设备补助。\n（一）补助按年度兑现。\n附件所列事项由甲方负责兑现。";
        var clauses = ClauseSegmenter.Segment(text);

        Assert.Equal(["标题", "第一条", "第二条", "附件一", "附件一第1项", "附件一（一）"], clauses.Select(c => c.Label));
        Assert.Equal("附件一", clauses[^1].TopLabel);
        Assert.EndsWith("附件所列事项由甲方负责兑现。", clauses[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TitleAndPartiesOnOneLineBecomeTitleAndPartiesPseudoClauses()
    {
        const string text = "《投资协议》 甲方：××镇人民政府 乙方：××有限公司\n鉴于乙方拟在本镇投资，\n根据有关规定，订立本协议。\n第一条 乙方投资建设项目。";
        var clauses = ClauseSegmenter.Segment(text);

        Assert.Equal(["标题", "当事人", "鉴于", "序言", "第一条"], clauses.Select(c => c.Label));
        Assert.Equal("《投资协议》", clauses[0].Text);
        Assert.StartsWith("甲方：", clauses[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ATitleQuotingAnotherTitleEndsAtItsOwnClosingMark()
    {
        const string text = "《××乡贯彻实施《浙江省生活垃圾管理条例》的办法》\n第一条 为规范管理，制定本办法。";
        var clauses = ClauseSegmenter.Segment(text);

        Assert.Equal(["标题", "第一条"], clauses.Select(c => c.Label));
        Assert.Equal("《××乡贯彻实施《浙江省生活垃圾管理条例》的办法》", clauses[0].Text);
    }

    [Fact]
    public void ShortAgencyNameAndDateAfterTheLastArticleFormTheSignature()
    {
        const string text = "《通知》\n一、居民应当及时转移。\n二、本通知自发布之日起施行。\n××镇防汛抗台工作领导小组\n2026年5月20日";
        var clauses = ClauseSegmenter.Segment(text);

        var signature = Assert.Single(clauses, c => c.Role == ClauseRole.Signature);
        Assert.Equal("落款", signature.Label);
        Assert.Contains("领导小组", signature.Text, StringComparison.Ordinal);
        Assert.Contains("2026年5月20日", signature.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ContinuationLinesExtendTheirClause()
    {
        const string text = "《办法》\n第一条 第一行，\n接着第二行。\n第二条 另一条。";
        var clauses = ClauseSegmenter.Segment(text);

        Assert.Equal("第一条 第一行，\n接着第二行。", clauses[1].Text);
        Assert.Equal(3, clauses.Count);
    }

    [Fact]
    public void ChapterHeadingsDoNotBecomeArticles()
    {
        var clauses = ClauseSegmenter.Segment("《办法》\n第一章 总则\n第一条 为了规范，制定本办法。");

        Assert.Equal(ClauseRole.Heading, clauses[1].Role);
        Assert.Equal("第一条", clauses[2].Label);
    }

    [Theory]
    [InlineData("30", 30)]
    [InlineData("３０", 30)]
    [InlineData("三十", 30)]
    [InlineData("九十", 90)]
    [InlineData("十", 10)]
    [InlineData("一百二十", 120)]
    [InlineData("二〇二六", 2026)]
    [InlineData("叁拾", 30)]
    [InlineData("五万", 50000)]
    [InlineData("六万二千", 62000)]
    [InlineData("五万零五百", 50500)]
    [InlineData("12万", 120000)]
    public void ChineseNumbersParse(string text, int expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }
}
