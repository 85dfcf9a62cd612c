using ReviewEngine.Domain.Legal;
using ReviewEngine.Domain.Organisations;

namespace ReviewEngine.Domain.Tests.Legal;

/// <summary>审查依据 by full title, deduplicated, in rank order (issue 16 item 1).</summary>
public sealed class LegalBasisReaderTests
{
    [Fact]
    public void ShortNamesBecomeFullTitlesInBrackets()
    {
        var citation = Assert.Single(LegalBasisReader.Read("行政协议规定第二十六条"));

        Assert.Equal("《最高人民法院关于审理行政协议案件若干问题的规定》第二十六条", citation.ToString());
        Assert.Equal(LegalRank.JudicialInterpretation, citation.Source.Rank);
    }

    [Fact]
    public void BasesAreMergedPerSourceAndOrderedByRank()
    {
        string[] bases =
        [
            "《浙江省行政规范性文件管理办法》第十条",
            "行政协议规定第二十六条",
            "公平竞争审查条例第十条、第十一条；行政处罚法第十六条",
            "《公平竞争审查条例》第十条",
            "《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见（国办发〔2018〕115号）》第三条",
        ];

        var merged = LegalBasisReader.Merge(bases).Select(c => c.ToString());

        Assert.Equal(
        [
            "《中华人民共和国行政处罚法》第十六条",
            "《公平竞争审查条例》第十条、第十一条",
            "《最高人民法院关于审理行政协议案件若干问题的规定》第二十六条",
            "《浙江省行政规范性文件管理办法》第十条",
            "《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）第三条",
        ], merged);
    }

    [Fact]
    public void UnknownTitlesAreBracketedAndRankedByTheirForm()
    {
        var merged = LegalBasisReader.Merge(["金华市某某管理办法第四条", "某某条例第二条", "中华人民共和国某某法第一条"]).Select(c => c.ToString());

        Assert.Equal(["《中华人民共和国某某法》第一条", "《某某条例》第二条", "《金华市某某管理办法》第四条"], merged);
    }

    [Theory]
    [InlineData("罗埠镇人民政府", "罗埠")]
    [InlineData("城北街道办事处", "城北")]
    [InlineData("金华市婺城区人民政府", "婺城")]
    public void ShortNamesOfOrganisations(string name, string expected) => Assert.Equal(expected, OrganisationNames.Short(name));
}
