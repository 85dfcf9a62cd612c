using Lucene.Net.Documents;
using Lucene.Net.Util;
using ReviewEngine.Application.Templates;
using ReviewEngine.Domain.Templates;
using LuceneFieldType = Lucene.Net.Documents.FieldType;

namespace ReviewEngine.Infrastructure.Search;

/// <summary>Maps a template to Lucene documents: one for the template (title, aliases, tags, all headings,
/// summary, scenarios, legal bases) and one per clause. Clause documents repeat the title and tags so a clause
/// of the right template outranks a similar clause of another template.</summary>
internal static class TemplateDocuments
{
    private const int PrecedentType = 2;

    // Term vectors with offsets let the highlighter rebuild a clause's tokens without running SmartCn again,
    // which cost about 0.5 ms per highlighted clause.
    private static readonly LuceneFieldType BodyType = Frozen(new LuceneFieldType(TextField.TYPE_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
    });

    public static IEnumerable<Document> Build(ContractTemplate t)
    {
        var tags = string.Join(" ", t.Aliases.Concat(t.Tags).Append(t.Category));
        var first = t.Clauses[0];
        var doc = Common(t, SearchDocumentTypes.Template, TemplateCollapsingCollector.TemplateType, "", tags);
        doc.Add(new TextField(SearchFields.Heading, string.Join(" ", t.Clauses.Select(c => c.Heading)), Field.Store.NO));
        doc.Add(new Field(SearchFields.Body, string.Join("\n", t.Scenarios.Prepend(t.Summary).Concat(t.LegalBases)), BodyType));
        doc.Add(new StoredField(SearchFields.FirstClauseId, first.Id));
        doc.Add(new StoredField(SearchFields.FirstClauseHeading, first.Heading));
        yield return doc;

        foreach (var clause in t.Clauses)
        {
            var c = Common(t, SearchDocumentTypes.Clause, TemplateCollapsingCollector.ClauseType, clause.Id, tags);
            c.Add(new TextField(SearchFields.Heading, clause.Heading, Field.Store.YES));
            c.Add(new Field(SearchFields.Body, ContractTemplate.BlankText(clause), BodyType));
            yield return c;
        }
    }

    public static Document Build(PrecedentIssue p) =>
    [
        new StringField(SearchFields.Type, SearchDocumentTypes.Precedent, Field.Store.YES),
        new StringField(SearchFields.OpinionId, p.OpinionId, Field.Store.YES),
        new StoredField(SearchFields.IssueNo, p.IssueNo),
        new StringField(SearchFields.TemplateId, p.TemplateId ?? "", Field.Store.YES),
        new SortedDocValuesField(SearchFields.TemplateId, new BytesRef(p.TemplateId ?? "")),
        new NumericDocValuesField(SearchFields.TypeCode, PrecedentType),
        new StringField(SearchFields.Kind, p.Kind, Field.Store.YES),

        // No title field: the case title names parties and amounts, and neither storing nor matching on it may
        // reveal another township's case (issue 18 H1). Only shareable text is searchable.
        new TextField(SearchFields.Tags, p.LegalBasis, Field.Store.YES),
        new TextField(SearchFields.Heading, p.Clause, Field.Store.YES),
        new Field(SearchFields.Body, p.Finding, BodyType),
        new StoredField(SearchFields.Conclusion, p.Conclusion),
        new StoredField(SearchFields.Year, p.Year),
    ];

    private static Document Common(ContractTemplate t, string type, int typeCode, string clauseId, string tags) =>
    [
        new StringField(SearchFields.Type, type, Field.Store.YES),
        new NumericDocValuesField(SearchFields.TypeCode, typeCode),
        new StringField(SearchFields.TemplateId, t.Id, Field.Store.YES),
        new SortedDocValuesField(SearchFields.TemplateId, new BytesRef(t.Id)),
        new StringField(SearchFields.ClauseId, clauseId, Field.Store.YES),
        new StringField(SearchFields.Kind, t.Kind.ToLabel(), Field.Store.YES),
        new StringField(SearchFields.Category, t.Category, Field.Store.YES),
        new TextField(SearchFields.Title, t.Title, Field.Store.YES),
        new TextField(SearchFields.Tags, tags, Field.Store.NO),
    ];

    private static LuceneFieldType Frozen(LuceneFieldType type)
    {
        type.Freeze();
        return type;
    }
}
