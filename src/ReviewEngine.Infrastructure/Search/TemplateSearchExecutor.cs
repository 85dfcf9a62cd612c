using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ReviewEngine.Application.Templates;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Infrastructure.Search;

/// <summary>Runs one template search on an acquired searcher: AND first, then OR to fill the remaining places
/// (or to answer at all when nothing matches every word), grouped per template, with highlights.</summary>
internal sealed class TemplateSearchExecutor(Analyzer analyzer, TemplateQueryBuilder builder)
{
    // Filters are cached as per-segment bit sets: evaluating the type/kind/category terms for every query cost
    // as much as the search itself on a 10,000-clause index.
    private readonly ConcurrentDictionary<(string? Kind, string? Category), Filter> _filters = new();

    public IReadOnlyList<TemplateSearchHit> Search(IndexSearcher searcher, TemplateSearchQuery query)
    {
        var parsed = builder.Parse(query.Text);
        if (parsed.IsEmpty)
        {
            return [];
        }

        var filter = _filters.GetOrAdd((query.Kind?.ToLabel(), query.Category), key => new CachingWrapperFilter(Filter(key.Kind, key.Category)));
        var groups = Collapse(searcher, builder.BuildAnd(parsed), filter);
        if (groups.Count < query.Top)
        {
            AppendOrMatches(groups, Collapse(searcher, builder.BuildOr(parsed), filter));
        }

        var highlight = builder.BuildHighlight(parsed);
        return groups.Take(query.Top).Select(g => ToHit(searcher, g, highlight)).ToList();
    }

    private static List<GroupedHit> Collapse(IndexSearcher searcher, Query query, Filter filter)
    {
        var collector = new TemplateCollapsingCollector();
        searcher.Search(query, filter, collector);
        return collector.Results();
    }

    // OR-only matches rank after every AND match; their scores are capped below the last AND score so the
    // "score" field stays monotonic for callers that sort or threshold on it.
    private static void AppendOrMatches(List<GroupedHit> groups, List<GroupedHit> orGroups)
    {
        var ceiling = groups.Count > 0 ? groups[^1].Score : float.MaxValue;
        foreach (var g in orGroups.Where(g => groups.All(x => x.TemplateId != g.TemplateId)))
        {
            g.Score = Math.Min(g.Score, ceiling * 0.99f);
            ceiling = g.Score;
            groups.Add(g);
        }
    }

    private TemplateSearchHit ToHit(IndexSearcher searcher, GroupedHit g, Query highlightQuery)
    {
        var templateDoc = g.TemplateDoc is { } t ? searcher.Doc(t) : null;
        var clauseDoc = g.ClauseDoc is { } c ? searcher.Doc(c) : null;
        var any = clauseDoc ?? templateDoc!;
        var clauseId = clauseDoc?.Get(SearchFields.ClauseId) ?? templateDoc!.Get(SearchFields.FirstClauseId);
        var heading = clauseDoc?.Get(SearchFields.Heading) ?? templateDoc!.Get(SearchFields.FirstClauseHeading);
        var text = any.Get(SearchFields.Body) ?? "";
        var bodyDoc = g.ClauseDoc ?? g.TemplateDoc!.Value;
        return new TemplateSearchHit(g.TemplateId, any.Get(SearchFields.Title), any.Get(SearchFields.Category),
            any.Get(SearchFields.Kind), g.Score, clauseId, heading,
            ClauseHighlighter.Fragments(searcher.IndexReader, bodyDoc, analyzer, highlightQuery, text));
    }

    private static QueryWrapperFilter Filter(string? kind, string? category)
    {
        var types = new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Type, SearchDocumentTypes.Template)), Occur.SHOULD },
            { new TermQuery(new Term(SearchFields.Type, SearchDocumentTypes.Clause)), Occur.SHOULD },
        };
        var filter = new BooleanQuery { { types, Occur.MUST } };
        if (kind is not null)
        {
            filter.Add(new TermQuery(new Term(SearchFields.Kind, kind)), Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(category))
        {
            filter.Add(new TermQuery(new Term(SearchFields.Category, category)), Occur.MUST);
        }

        return new QueryWrapperFilter(filter);
    }
}
