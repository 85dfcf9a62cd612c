using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ReviewEngine.Infrastructure.Search;

/// <summary>SmartCn word segmentation for index and query alike. SmartCn's own stop set is punctuation only;
/// function words are added because officials type them in queries (没按时开工, 镇里的门面房) and an AND query
/// would otherwise require them in the clause.</summary>
internal static class ChineseAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly string[] FunctionWords =
    [
        "的", "地", "得", "了", "着", "和", "与", "及", "或", "或者", "以及", "在", "是", "对", "为", "之",
        "其", "该", "把", "被", "将", "没", "没有", "里", "要", "怎么", "怎么办", "怎样", "如何", "什么", "哪些", "多少", "吗", "呢",
    ];

    public static Analyzer Create()
    {
        var stop = new CharArraySet(Version, SmartChineseAnalyzer.DefaultStopSet, false);
        foreach (var word in FunctionWords)
        {
            stop.Add(word);
        }

        return new SmartChineseAnalyzer(Version, stop);
    }

    public static List<string> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }
}
