using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ReviewEngine.Infrastructure.Search;

/// <summary>Collapses every matching document to one entry per template while collecting: a template's score
/// is its best document's score and its clause the best-scoring clause document. Reads the template id and
/// document type from doc values (per segment, by ordinal), so no stored fields are loaded for the thousands
/// of hits a broad query has — only the top templates are loaded afterwards.</summary>
internal sealed class TemplateCollapsingCollector : ICollector
{
    public const int TemplateType = 0;
    public const int ClauseType = 1;

    private readonly Dictionary<string, GroupedHit> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<int, GroupedHit> _segmentGroups = [];
    private Scorer? _scorer;
    private SortedDocValues? _ids;
    private NumericDocValues? _types;
    private int _docBase;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _ids = context.AtomicReader.GetSortedDocValues(SearchFields.TemplateId);
        _types = context.AtomicReader.GetNumericDocValues(SearchFields.TypeCode);
        _docBase = context.DocBase;
    }

    public void Collect(int doc)
    {
        var ord = _ids!.GetOrd(doc);
        var score = _scorer!.GetScore();
        if (!_segmentGroups.TryGetValue(ord, out var group))
        {
            group = new GroupedHit(score);
            _segmentGroups[ord] = group;
        }

        group.Score = Math.Max(group.Score, score);
        var type = _types!.Get(doc);
        if (type == ClauseType && score > group.ClauseScore)
        {
            (group.ClauseDoc, group.ClauseScore) = (_docBase + doc, score);
        }
        else if (type == TemplateType)
        {
            group.TemplateDoc = _docBase + doc;
        }
    }

    /// <summary>Templates best first (ties by id, so results are stable).</summary>
    public List<GroupedHit> Results()
    {
        FlushSegment();
        return _groups.Values.OrderByDescending(g => g.Score).ThenBy(g => g.TemplateId, StringComparer.Ordinal).ToList();
    }

    private void FlushSegment()
    {
        var bytes = new BytesRef();
        foreach (var (ord, group) in _segmentGroups)
        {
            _ids!.LookupOrd(ord, bytes);
            group.TemplateId = bytes.Utf8ToString();
            if (_groups.TryGetValue(group.TemplateId, out var existing))
            {
                existing.Merge(group);
            }
            else
            {
                _groups[group.TemplateId] = group;
            }
        }

        _segmentGroups.Clear();
    }
}
