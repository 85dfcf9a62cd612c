namespace ReviewEngine.Domain.PreReview;

/// <summary>One submitted round: the kind it was submitted as, its title, plain text and form metadata.</summary>
public sealed record PreReviewInput(PreReviewKind Kind, string Title, string Text, PreReviewMeta Meta);
