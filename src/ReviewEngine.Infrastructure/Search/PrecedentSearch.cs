using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ReviewEngine.Application.Templates;

namespace ReviewEngine.Infrastructure.Search;

/// <summary>Searches precedent documents (issues of issued opinions) with the same analysis, synonyms and
/// AND-then-OR rule as templates, one result per issue.</summary>
internal static class PrecedentSearch
{
    public static IReadOnlyList<PrecedentHit> Run(IndexSearcher searcher, Analyzer analyzer,
        TemplateQueryBuilder builder, string text, int top, string? kind)
    {
        var parsed = builder.Parse(text);
        if (parsed.IsEmpty)
        {
            return [];
        }

        var filterQuery = new BooleanQuery { { new TermQuery(new Term(SearchFields.Type, SearchDocumentTypes.Precedent)), Occur.MUST } };
        if (kind is not null)
        {
            filterQuery.Add(new TermQuery(new Term(SearchFields.Kind, kind)), Occur.MUST);
        }

        var filter = new QueryWrapperFilter(filterQuery);
        var hits = searcher.Search(builder.BuildAnd(parsed), filter, top);
        if (hits.TotalHits == 0)
        {
            hits = searcher.Search(builder.BuildOr(parsed), filter, top);
        }

        var highlight = builder.BuildHighlight(parsed);
        return hits.ScoreDocs.Select(sd =>
        {
            var doc = searcher.Doc(sd.Doc);
            var body = doc.Get(SearchFields.Body);
            return new PrecedentHit(doc.Get(SearchFields.OpinionId), doc.GetField(SearchFields.IssueNo).GetInt32Value() ?? 0,
                doc.Get(SearchFields.Kind), doc.GetField(SearchFields.Year)?.GetInt32Value() ?? 0, doc.Get(SearchFields.Heading), body,
                doc.Get(SearchFields.Tags), doc.Get(SearchFields.Conclusion) ?? "", sd.Score,
                ClauseHighlighter.Fragments(searcher.IndexReader, sd.Doc, analyzer, highlight, body));
        }).ToList();
    }
}
