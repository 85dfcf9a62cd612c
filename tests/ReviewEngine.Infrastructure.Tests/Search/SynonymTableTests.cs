using ReviewEngine.Infrastructure.Search;

namespace ReviewEngine.Infrastructure.Tests.Search;

public sealed class SynonymTableTests
{
    private static readonly SynonymTable Table = SynonymTable.Parse(
    [
        "# comment",
        "拆迁, 征收",
        "老房子 => 房屋",
    ]);

    [Fact]
    public void EquivalentTermsExpandBothWays()
    {
        Assert.Equal(["拆迁补偿", "征收补偿"], Table.Expand("拆迁补偿"));
        Assert.Equal(["征收补偿", "拆迁补偿"], Table.Expand("征收补偿"));
    }

    [Fact]
    public void OneWayTermsExpandOnlyForward()
    {
        Assert.Equal(["老房子征收", "房屋征收", "老房子拆迁"], Table.Expand("老房子征收"));
        Assert.Equal(["房屋"], Table.Expand("房屋"));
    }

    [Fact]
    public void RepositorySynonymFileParses()
    {
        var table = SynonymTable.Load(Path.Combine(Domain.Templates.RepositoryLocator.TemplatesDirectory(), "synonyms.txt"));

        Assert.True(table.Count > 40);
        Assert.Contains("征收补偿", table.Expand("拆迁补偿"));
    }
}
