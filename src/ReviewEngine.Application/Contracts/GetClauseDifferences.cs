using Microsoft.EntityFrameworkCore;
using ReviewEngine.Application.Access;
using ReviewEngine.Application.Common;
using ReviewEngine.Domain.Contracts;

namespace ReviewEngine.Application.Contracts;

/// <summary>The template a case's contract came from and how each clause of the latest contract text differs.</summary>
public sealed record ClauseDifferences(string TemplateId, string TemplateTitle, string FileName, int Round, IReadOnlyList<ClauseDifference> Clauses)
{
    public int ChangedCount => Clauses.Count(c => c.Kind != ClauseDifferenceKind.Unchanged);
}

/// <summary>
/// For the case page: which clauses of the submitted contract differ from the standard template. Null when the case
/// did not come from a template or has no contract text.
/// </summary>
public sealed class GetClauseDifferencesHandler(IReviewDbContext db, ITemplateCatalog templates, IDocumentTextReader reader)
{
    public async Task<ClauseDifferences?> HandleAsync(Guid caseId, Viewer? viewer = null, CancellationToken ct = default)
    {
        await Reviews.CaseStore.EnsureVisibleAsync(db, viewer, caseId, ct);
        var c = await db.ReviewCases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct) ?? throw new NotFoundException("该案件");
        var documents = await db.CaseDocuments.AsNoTracking()
            .Where(d => d.CaseId == caseId && d.MaterialId == ContractCaseMetadata.ContractMaterial).ToListAsync(ct);
        return await HandleAsync(c, documents, ct);
    }

    /// <summary>
    /// For the case page, which has read the case (through the visibility rule) and its documents: nothing more is read
    /// unless the case came from a template, and then only the contract's text.
    /// </summary>
    public async Task<ClauseDifferences?> HandleAsync(Domain.Reviews.ReviewCase c, IEnumerable<Domain.Reviews.CaseDocument> documents, CancellationToken ct = default)
    {
        if (!c.Metadata.TryGetValue(ContractCaseMetadata.TemplateId, out var templateId) || templates.Find(templateId) is not { } template)
        {
            return null;
        }

        var document = documents.Where(d => d.MaterialId == ContractCaseMetadata.ContractMaterial)
            .OrderByDescending(d => d.Round).ThenByDescending(d => d.UploadedAtUtc).FirstOrDefault();
        if (document is null)
        {
            return null;
        }

        var bytes = await db.DocumentContents.AsNoTracking().Where(b => b.Sha256 == document.Sha256).Select(b => b.Bytes).FirstAsync(ct);
        var text = reader.Read(document.ContentType, document.FileName, bytes);
        return new ClauseDifferences(template.Id, template.Title, document.FileName, document.Round, ClauseComparer.Compare(template, text));
    }
}
