using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Templates;

/// <summary>The issues of a case's approved opinion as the precedent library indexes them.</summary>
public static class OpinionPrecedents
{
    // The year of submission, the same year the case number carries (SubmitCaseHandler numbers by UTC year).
    public static IEnumerable<PrecedentIssue> Of(ReviewCase c) =>
        c.Opinion is { Approved: true } opinion
            ? opinion.Issues.Select(i => new PrecedentIssue(c.Number, i.No, i.Clause, i.Finding, i.LegalBasis, MatterKind.Label(c.Kind),
                opinion.Conclusion, c.CreatedAtUtc.Year))
            : [];
}
