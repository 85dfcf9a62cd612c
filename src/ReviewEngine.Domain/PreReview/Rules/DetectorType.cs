namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>The closed detection vocabulary of the rule files (see workflows/checklists/README.md).</summary>
public enum DetectorType
{
    /// <summary>Regex hits in a unit, with exclusions.</summary>
    Pattern,

    /// <summary>A required clause or item is missing from the whole document.</summary>
    Absence,

    /// <summary>A number captured by a regex is above max or below min (days, years).</summary>
    Threshold,

    /// <summary>A submission-form field is missing, false, or below a value.</summary>
    Metadata,

    /// <summary>Effective date versus drafting date.</summary>
    DateOrder,

    /// <summary>Validity period missing or too long.</summary>
    Validity,

    /// <summary>A cited law is on the repealed list.</summary>
    RepealedLaw,

    /// <summary>Every occurrence of a term must carry one of the allowed qualifiers (e.g. kinds of 保证金).</summary>
    AllowList,

    /// <summary>C-TYPE-01: the inferred contract nature differs from the kind it was submitted as.</summary>
    NatureMismatch,
}
