namespace ReviewEngine.Infrastructure.Documents.Generation;

/// <summary>The outcome of filling a user's Word template: the document, and which names were filled or are still
/// unfilled ({{placeholders}} with no value; content controls whose tag has none keep their text), so the caller
/// can refuse an incomplete contract.</summary>
public sealed record UserTemplateFill(byte[] Bytes, IReadOnlyList<string> Filled, IReadOnlyList<string> Unfilled);
