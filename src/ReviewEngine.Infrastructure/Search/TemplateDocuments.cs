using Lucene.Net.Documents;
using ReviewEngine.Application.Templates;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Infrastructure.Search;

/// <summary>Maps a template to Lucene documents: one for the template (title, aliases, tags, all headings,
/// summary, scenarios, legal bases) and one per clause. Clause documents repeat the title and tags so a clause
/// of the right template outranks a similar clause of another template.</summary>
internal static class TemplateDocuments
{
    public static IEnumerable<Document> Build(ContractTemplate t)
    {
        var tags = string.Join(" ", t.Aliases.Concat(t.Tags).Append(t.Category));
        var first = t.Clauses[0];
        var doc = Common(t, SearchDocumentTypes.Template, "", tags);
        doc.Add(new TextField(SearchFields.Heading, string.Join(" ", t.Clauses.Select(c => c.Heading)), Field.Store.NO));
        doc.Add(new TextField(SearchFields.Body, string.Join("\n", t.Scenarios.Prepend(t.Summary).Concat(t.LegalBases)), Field.Store.YES));
        doc.Add(new StoredField(SearchFields.FirstClauseId, first.Id));
        doc.Add(new StoredField(SearchFields.FirstClauseHeading, first.Heading));
        yield return doc;

        foreach (var clause in t.Clauses)
        {
            var c = Common(t, SearchDocumentTypes.Clause, clause.Id, tags);
            c.Add(new TextField(SearchFields.Heading, clause.Heading, Field.Store.YES));
            c.Add(new TextField(SearchFields.Body, ContractTemplate.BlankText(clause), Field.Store.YES));
            yield return c;
        }
    }

    public static Document Build(PrecedentIssue p) =>
    [
        new StringField(SearchFields.Type, SearchDocumentTypes.Precedent, Field.Store.YES),
        new StringField(SearchFields.OpinionId, p.OpinionId, Field.Store.YES),
        new StoredField(SearchFields.IssueNo, p.IssueNo),
        new StringField(SearchFields.TemplateId, p.TemplateId ?? "", Field.Store.YES),
        new StringField(SearchFields.Kind, p.Kind, Field.Store.YES),
        new TextField(SearchFields.Title, p.Title, Field.Store.YES),
        new TextField(SearchFields.Tags, p.LegalBasis, Field.Store.YES),
        new TextField(SearchFields.Heading, p.Clause, Field.Store.YES),
        new TextField(SearchFields.Body, p.Finding, Field.Store.YES),
    ];

    private static Document Common(ContractTemplate t, string type, string clauseId, string tags) =>
    [
        new StringField(SearchFields.Type, type, Field.Store.YES),
        new StringField(SearchFields.TemplateId, t.Id, Field.Store.YES),
        new StringField(SearchFields.ClauseId, clauseId, Field.Store.YES),
        new StringField(SearchFields.Kind, t.Kind.ToLabel(), Field.Store.YES),
        new StringField(SearchFields.Category, t.Category, Field.Store.YES),
        new TextField(SearchFields.Title, t.Title, Field.Store.YES),
        new TextField(SearchFields.Tags, tags, Field.Store.NO),
    ];
}
