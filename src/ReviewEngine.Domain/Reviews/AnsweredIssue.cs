namespace ReviewEngine.Domain.Reviews;

/// <summary>One issue of the opinion beside the drafter's answer to it (none yet while adoption feedback is pending).</summary>
public sealed record AnsweredIssue(OpinionIssue Issue, IssueAdoption? Adoption)
{
    /// <summary>The opinion's issues in order, each with its answer; the 复核 reviewer reads them side by side.</summary>
    public static IReadOnlyList<AnsweredIssue> Pair(ReviewOpinion? opinion, IReadOnlyList<IssueAdoption> adoptions) =>
        opinion is null
            ? []
            : opinion.Issues.OrderBy(i => i.No).Select(i => new AnsweredIssue(i, adoptions.LastOrDefault(a => a.IssueNo == i.No))).ToList();
}

public static class AdoptionLabels
{
    public static string Label(AdoptionDecision decision) => decision switch
    {
        AdoptionDecision.Adopted => "采纳",
        AdoptionDecision.PartiallyAdopted => "部分采纳",
        AdoptionDecision.NotAdopted => "不采纳",
        _ => decision.ToString(),
    };

    /// <summary>"采纳", "部分采纳：理由" or "未反馈".</summary>
    public static string Describe(IssueAdoption? adoption) =>
        adoption is null ? "未反馈"
        : string.IsNullOrWhiteSpace(adoption.Reason) ? Label(adoption.Decision)
        : $"{Label(adoption.Decision)}：{adoption.Reason}";
}
