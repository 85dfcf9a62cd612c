using ReviewEngine.Domain.PreReview.Text;

namespace ReviewEngine.Domain.PreReview.Evaluation;

/// <summary>A sentence of a body clause, with absolute offsets into the document.</summary>
internal sealed record Sentence(Clause Clause, int Start, int End, string Text);
