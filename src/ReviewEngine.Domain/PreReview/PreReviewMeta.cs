namespace ReviewEngine.Domain.PreReview;

/// <summary>Submission-form metadata (CLI contract meta keys). Everything is optional; gaps are inferred from the text.</summary>
public sealed record PreReviewMeta
{
    public string? Issuer { get; init; }
    public DateOnly? DraftedOn { get; init; }
    public DateOnly? EffectiveOn { get; init; }
    public int? PublicCommentDays { get; init; }
    public bool? FairCompetitionReview { get; init; }
    public string? Subtype { get; init; }
    public string? Counterparty { get; init; }
    public decimal? Amount { get; init; }

    /// <summary>Null when the form did not list materials; an empty list means "none attached".</summary>
    public IReadOnlyList<string>? Attachments { get; init; }

    /// <summary>Free facts from the case file in the form's words (key → value), e.g. 委托文件 → 无.</summary>
    public IReadOnlyDictionary<string, string>? Facts { get; init; }
}
