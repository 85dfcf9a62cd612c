using Lucene.Net.Search;
using ReviewEngine.Application.Templates;

namespace ReviewEngine.Infrastructure.Search;

/// <summary>Collapses document hits to one entry per template: the template's score is its best document's
/// score, and its clause is the best-scoring clause document (or the first clause when only the template
/// document matched).</summary>
internal static class TemplateHitGrouper
{
    public static List<GroupedHit> Group(IndexSearcher searcher, TopDocs top)
    {
        var groups = new List<GroupedHit>();
        var byTemplate = new Dictionary<string, GroupedHit>(StringComparer.Ordinal);
        foreach (var sd in top.ScoreDocs)
        {
            var doc = searcher.Doc(sd.Doc);
            var id = doc.Get(SearchFields.TemplateId);
            if (!byTemplate.TryGetValue(id, out var group))
            {
                group = new GroupedHit(id, sd.Score);
                byTemplate[id] = group;
                groups.Add(group);
            }

            if (group.ClauseDoc is null && doc.Get(SearchFields.Type) == SearchDocumentTypes.Clause)
            {
                group.ClauseDoc = sd.Doc;
            }

            group.TemplateDoc ??= doc.Get(SearchFields.Type) == SearchDocumentTypes.Template ? sd.Doc : null;
        }

        return groups;
    }
}

/// <summary>A template in a grouped result, before its fields and highlights are loaded.</summary>
internal sealed class GroupedHit(string templateId, float score)
{
    public string TemplateId { get; } = templateId;

    public float Score { get; set; } = score;

    public int? ClauseDoc { get; set; }

    public int? TemplateDoc { get; set; }
}
