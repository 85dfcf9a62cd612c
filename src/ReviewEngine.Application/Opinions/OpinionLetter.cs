namespace ReviewEngine.Application.Opinions;

/// <summary>
/// The content of a 审查意见书 (domain.md §7.6), gathered from the case and its audit trail and already in the words
/// the letter prints (Chinese labels, full titles, no rule codes); renderers only lay it out.
/// </summary>
/// <param name="IssuedBy">The seal name; the number's prefix belongs to the same body (<see cref="IssuingBody"/>).</param>
/// <param name="Addressee">The submitting unit, once: 罗埠镇人民政府经济发展办公室.</param>
/// <param name="CaseNumber">The case number people use (罗埠审受〔2026〕3号), not the system's slug.</param>
/// <param name="Materials">送审材料 by their Chinese names, in the workflow's order.</param>
/// <param name="ReviewBasis">审查依据: 《full title》articles, one per source, in rank order.</param>
/// <param name="Conclusion">审查结论 in the matter's vocabulary (合法… for documents, 同意签订… for contracts).</param>
public sealed record OpinionLetter(
    Guid CaseId,
    string Number,
    string IssuedBy,
    string Addressee,
    string CaseNumber,
    string MatterTitle,
    string MatterKind,
    string SubmittingUnit,
    DateOnly ReceivedOn,
    DateOnly? AcceptedOn,
    DateOnly IssuedOn,
    IReadOnlyList<string> Materials,
    IReadOnlyList<string> ReviewBasis,
    IReadOnlyList<LetterIssue> Issues,
    IReadOnlyList<AdvisoryOpinion> LawyerOpinions,
    IReadOnlyList<AdvisoryOpinion> DistrictGuidance,
    ExpertReview Experts,
    string Conclusion,
    string? ConclusionText,
    string Reviewer,
    string ReviewLead);

/// <summary>One problem as the letter prints it: clause, problem in plain words, basis by full title, required change.</summary>
public sealed record LetterIssue(int No, string Clause, string Problem, string Basis, string RequiredChange);

/// <summary>A written opinion of the 公职律师/法律顾问 or guidance of the 区合法性审查中心.</summary>
public sealed record AdvisoryOpinion(string Author, string Text);

/// <summary>专家论证意见: the majority view, every expert's opinion (dissents marked), and for each dissent the
/// conclusion departs from, the sentence that answers it.</summary>
public sealed record ExpertReview(string? Summary, IReadOnlyList<ExpertOpinionEntry> Opinions, IReadOnlyList<string> DissentAnswers)
{
    public static ExpertReview None { get; } = new(null, [], []);

    public bool Held => Summary is not null || Opinions.Count > 0;
}
