using ReviewEngine.Domain.Reviews;

namespace ReviewEngine.Application.Templates;

/// <summary>The issues of a case's approved opinion as the precedent library indexes them.</summary>
public static class OpinionPrecedents
{
    public static IEnumerable<PrecedentIssue> Of(ReviewCase c) =>
        c.Opinion is { Approved: true } opinion
            ? opinion.Issues.Select(i => new PrecedentIssue(c.Number, i.No, c.Title, i.Clause, i.Finding, i.LegalBasis, MatterKind.Label(c.Kind)))
            : [];
}
