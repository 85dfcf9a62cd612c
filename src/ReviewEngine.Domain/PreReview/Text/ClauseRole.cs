namespace ReviewEngine.Domain.PreReview.Text;

/// <summary>What a segment of the document is: a numbered article or one of the pseudo-clauses around it.</summary>
public enum ClauseRole
{
    Title,
    Parties,
    Preamble,
    Recital,
    Heading,
    Article,
    Signature,
}
