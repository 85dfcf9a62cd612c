namespace ReviewEngine.Application.Reviews;

/// <summary>
/// Full text of the documents stored with cases (送审材料, 补正, revisions, opinions …), for 案件查询. The index knows
/// nothing of who may see a case: callers narrow its case ids with <see cref="Access.CaseVisibility"/> before showing
/// anything, and ask for highlights only of the cases that survived.
/// </summary>
public interface ICaseDocumentIndex
{
    /// <summary>Adds the documents, replacing what the index held for the same case and content (idempotent).</summary>
    void Add(IReadOnlyList<CaseDocumentSource> documents);

    /// <summary>Empties the index and forgets its watermark (before a rebuild).</summary>
    void Clear();

    /// <summary>
    /// The latest upload time this index has caught up with from the database, kept in the index folder itself (each
    /// app node has its own); null for a new, lost or cleared folder, which needs a full rebuild.
    /// </summary>
    DateTime? SyncedUpToUtc { get; }

    void MarkSyncedUpTo(DateTime watermarkUtc);

    /// <summary>How many documents the index holds; 0 for a new, lost or cleared folder.</summary>
    int Count { get; }

    /// <summary>Cases whose documents contain every word of <paramref name="text"/>, best match first.</summary>
    IReadOnlyList<Guid> MatchingCases(string text, int max);

    /// <summary>For each of <paramref name="caseIds"/> that matches, its best document with the matched words marked 【】.</summary>
    IReadOnlyDictionary<Guid, CaseTextHit> Highlights(string text, IReadOnlyCollection<Guid> caseIds);
}
