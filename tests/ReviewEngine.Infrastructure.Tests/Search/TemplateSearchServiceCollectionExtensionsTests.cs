using Microsoft.Extensions.DependencyInjection;
using ReviewEngine.Application.Templates;
using ReviewEngine.Infrastructure.Search;

namespace ReviewEngine.Infrastructure.Tests.Search;

public sealed class TemplateSearchServiceCollectionExtensionsTests
{
    [Fact]
    public void WebAppGetsOneSharedIndexBehindBothPorts()
    {
        var indexPath = Path.Combine(Path.GetTempPath(), "re-tpl-di-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var provider = new ServiceCollection().AddTemplateSearch(indexDirectory: indexPath).BuildServiceProvider())
            {
                var search = provider.GetRequiredService<ITemplateSearch>();

                Assert.Same(search, provider.GetRequiredService<IPrecedentIndex>());
                Assert.Equal("lease", search.Search(new TemplateSearchQuery("门面房 出租 租金"))[0].TemplateId);
            }

            // Disposing the container released the writer, so the folder can be opened again.
            using var again = new ServiceCollection().AddTemplateSearch(indexDirectory: indexPath).BuildServiceProvider();
            Assert.NotNull(again.GetRequiredService<ITemplateSearch>());
        }
        finally
        {
            Directory.Delete(indexPath, recursive: true);
        }
    }
}
