namespace ReviewEngine.Domain.Reviews;

/// <summary>One item of a 补正 checklist: a material of the workflow (its id as ItemId, and label), or the registrar's free text (id <see cref="OtherId"/>).</summary>
public sealed record SupplementItem(string ItemId, string Label)
{
    public const string OtherId = "other";
}

/// <summary>A file sent in answer to a checklist item (several may answer one item).</summary>
public sealed record SupplementAnswered(string ItemId, string FileName, string Sha256);

/// <summary>
/// 补正 in one trip. On the request (tag supplementRequested): <see cref="Items"/> is the checklist the registrar asks for.
/// On the answer (tag supplementSubmitted): <see cref="Items"/> is the open checklist (read from the request on file),
/// <see cref="Answers"/> maps the files to items and <see cref="Reason"/> explains items left unanswered.
/// </summary>
public sealed record SupplementInput(IReadOnlyList<SupplementItem> Items, IReadOnlyList<SupplementAnswered>? Answers = null, string? Reason = null)
{
    public IReadOnlyList<SupplementItem> Unanswered =>
        Items.Where(i => Answers?.Any(a => a.ItemId == i.ItemId) != true).ToList();
}
