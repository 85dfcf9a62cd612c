using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReviewEngine.Domain.Legal;
using ReviewEngine.Domain.Tests.PreReview;

namespace ReviewEngine.Domain.Tests.Legal;

/// <summary>
/// Issue 21 item 7: every legal basis the checklists cite names an instrument of the project's law list
/// (legal-sources.json), and no cited article lies beyond the article count of the version in force where the list
/// records it (城乡规划法 has 70 articles: a "第八十七条" is a wrong citation, not a typo to print).
/// </summary>
public sealed partial class CitationsTests
{
    [GeneratedRegex(@"第[一二三四五六七八九十百千零〇两\d]+条")]
    private static partial Regex ArticlePattern();

    public static TheoryData<string, string, string> Bases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Checklists, "*.json").Where(f => Path.GetFileName(f) != "schema.json").Order(StringComparer.Ordinal))
        {
            foreach (var (law, article) in Walk(JsonNode.Parse(File.ReadAllText(file))).Distinct())
            {
                data.Add(Path.GetFileName(file), law, article);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Bases))]
    public void EveryCitedInstrumentIsOnTheLawListAndEveryArticleExists(string file, string law, string article)
    {
        var source = LegalSourceCatalogue.Default.Find(law);
        Assert.True(source is not null, $"{file}: 《{law}》 is not in src/ReviewEngine.Domain/Legal/legal-sources.json");
        foreach (Match m in ArticlePattern().Matches(article))
        {
            var number = ArticleNumber.Parse(m.Value);
            Assert.True(number is > 0, $"{file}: 《{law}》{article}: cannot read {m.Value}");
            Assert.True(source!.Articles is null || number <= source.Articles,
                $"{file}: 《{law}》{m.Value} — the version in force has {source.Articles} articles");
        }
    }

    [Fact]
    public void TheRulesCiteTheLawListAtAll() => Assert.True(Bases().Count() > 50);

    [Theory]
    [InlineData("第一条", 1)]
    [InlineData("第十条", 10)]
    [InlineData("第十五条", 15)]
    [InlineData("第二十六条", 26)]
    [InlineData("第七十条", 70)]
    [InlineData("第一百零三条", 103)]
    [InlineData("第一千二百六十条", 1260)]
    [InlineData("第58条", 58)]
    public void ArticleNumbersAreRead(string article, int expected) => Assert.Equal(expected, ArticleNumber.Parse(article));

    private static IEnumerable<(string Law, string Article)> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["law"] is JsonValue law && law.TryGetValue<string>(out var name))
                {
                    yield return (name, o["article"]?.ToString() ?? "");
                }

                foreach (var (_, child) in o)
                {
                    foreach (var found in Walk(child))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    foreach (var found in Walk(child))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }
}
