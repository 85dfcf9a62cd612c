namespace ReviewEngine.Application.Templates;

/// <summary>Extension point for the precedent library: when an opinion is issued its issues are indexed and
/// become searchable at once (near-real-time, no commit wait). Implemented by the same Lucene index as the
/// templates, distinguished by the <c>type</c> field (<see cref="SearchDocumentTypes.Precedent"/>).</summary>
public interface IPrecedentIndex
{
    /// <summary>Adds the issues, replacing whatever the index held for the same opinions (idempotent).</summary>
    void IndexOpinionIssues(IReadOnlyList<PrecedentIssue> issues);

    IReadOnlyList<PrecedentHit> SearchPrecedents(string text, int top = 5, string? kind = null);

    /// <summary>
    /// How far this index has been synchronised with the database (the latest case change it has seen), kept in the
    /// index itself because each node has its own folder; null for a new or rebuilt index, which needs a full pass.
    /// </summary>
    DateTime? PrecedentsSyncedUpToUtc { get; }

    void MarkPrecedentsSyncedUpTo(DateTime watermarkUtc);
}
