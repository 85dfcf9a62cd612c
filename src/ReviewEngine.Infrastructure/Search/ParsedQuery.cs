namespace ReviewEngine.Infrastructure.Search;

/// <summary>The user's query split into chunks (space-separated words or quoted phrases); each chunk has its
/// synonym variants, each variant its SmartCn tokens. Variant 0 is what the user typed.</summary>
internal sealed record ParsedQuery(IReadOnlyList<QueryChunk> Chunks)
{
    public bool IsEmpty => Chunks.Count == 0;
}

internal sealed record QueryChunk(bool Quoted, IReadOnlyList<IReadOnlyList<string>> Variants);
