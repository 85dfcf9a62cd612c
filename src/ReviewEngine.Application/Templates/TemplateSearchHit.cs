namespace ReviewEngine.Application.Templates;

/// <summary>One template in a result list, represented by its best-matching clause. Highlights are short
/// fragments of that clause with matched words in 【】.</summary>
public sealed record TemplateSearchHit(
    string TemplateId,
    string Title,
    string Category,
    string Kind,
    float Score,
    string ClauseId,
    string ClauseHeading,
    IReadOnlyList<string> Highlights);
