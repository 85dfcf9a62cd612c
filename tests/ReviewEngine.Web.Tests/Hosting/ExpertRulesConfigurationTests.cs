using Microsoft.Extensions.Configuration;
using ReviewEngine.Domain.Experts;
using ReviewEngine.Web.Hosting;

namespace ReviewEngine.Web.Tests.Hosting;

public sealed class ExpertRulesConfigurationTests
{
    [Fact]
    public void ConfiguredRulesOverrideTheDefaultsKeyByKey()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReviewEngine:Experts:MajorDecisionSize"] = "7",
            ["ReviewEngine:Experts:ExcludeEarlierRounds"] = "false",
        }).Build();

        Assert.Equal(new DrawRules(MajorDecisionSize: 7, ExcludeEarlierRounds: false), ExpertRulesConfiguration.Read(config));
        Assert.Equal(new DrawRules(), ExpertRulesConfiguration.Read(new ConfigurationBuilder().Build()));
    }
}
