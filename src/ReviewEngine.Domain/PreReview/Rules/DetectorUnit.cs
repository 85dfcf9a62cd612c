namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>What a pattern is matched against.</summary>
public enum DetectorUnit
{
    /// <summary>Each body clause (preamble, recitals, articles); not the title, party lines or signature.</summary>
    Clause,

    /// <summary>Each sentence (split at 。；！？) of each body clause.</summary>
    Sentence,

    Title,
    Document,

    /// <summary>Issuing-body candidates: signature lines, the title before 关于, and meta.issuer.</summary>
    Issuer,

    /// <summary>Names of the agency-side parties, plus meta.issuer.</summary>
    AgencyParties,
}
