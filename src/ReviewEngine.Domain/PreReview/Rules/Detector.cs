using System.Text.RegularExpressions;

namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>One detection of a rule. Which properties matter depends on <see cref="Type"/>; the loader checks that.</summary>
public sealed record Detector
{
    public required DetectorType Type { get; init; }
    public DetectorUnit Unit { get; init; } = DetectorUnit.Clause;
    public IReadOnlyList<Regex> Any { get; init; } = [];
    public IReadOnlyList<Regex> All { get; init; } = [];
    public IReadOnlyList<Regex> Unless { get; init; } = [];
    public IReadOnlyList<Regex> UnlessClause { get; init; } = [];

    /// <summary>A sentence that names the document's own issuer as the empowered body is left to the subject rule.</summary>
    public bool UnlessIssuer { get; init; }
    public IReadOnlyList<Regex> RequireDoc { get; init; } = [];

    /// <summary>Each must match a fact of the case file ("key：value"), e.g. 批准文件：尚未取得.</summary>
    public IReadOnlyList<Regex> RequireFact { get; init; } = [];

    /// <summary>None may match a fact of the case file: the detector does not apply (供应商企业规模：大型企业).</summary>
    public IReadOnlyList<Regex> ForbidFact { get; init; } = [];

    /// <summary>Only for contracts of these subtypes (the rule's own list narrowed for one way of showing the defect).</summary>
    public IReadOnlyList<string> Subtypes { get; init; } = [];

    /// <summary>Only for these matter kinds (narrows the rule's kinds for one way of showing the defect, e.g. a
    /// major decision needs no form fact to say it is major).</summary>
    public IReadOnlySet<PreReviewKind> Kinds { get; init; } = new HashSet<PreReviewKind>();
    public IReadOnlyList<Regex> ForbidDoc { get; init; } = [];
    public IReadOnlyList<Regex> ForbidAttachment { get; init; } = [];
    public Regex? LeadAgency { get; init; }

    /// <summary>Fires only on a contract of this nature (an administrative agreement calling itself civil).</summary>
    public ContractNature Nature { get; init; } = ContractNature.None;
    public IReadOnlyList<string> WithRules { get; init; } = [];

    /// <summary>
    /// A hit is dropped where one of these rules found a defect (MINOR or above) on the same text: that rule's remedy
    /// deletes the provision, so what this detector would correct in it (who approves an approval that must go) is
    /// not a second defect.
    /// </summary>
    public IReadOnlyList<string> SubsumedBy { get; init; } = [];
    public IReadOnlyList<RequiredGroup> Groups { get; init; } = [];
    public Regex? Number { get; init; }
    public decimal? Max { get; init; }
    public decimal? Min { get; init; }

    /// <summary>
    /// The floor is read from the case file: the fact whose key matches (批准的补偿标准) holds the approved figures; a
    /// figure in the text below the fact's figure for the same item (the optional group <c>k</c>, 主房) fires.
    /// </summary>
    public Regex? MinFromFact { get; init; }

    /// <summary>daysBetween: the fact (by key) holding the first and the second date; fires when more than <see cref="Value"/> days lie between.</summary>
    public Regex? FromFact { get; init; }

    public Regex? ToFact { get; init; }
    public string? Field { get; init; }
    public string? Condition { get; init; }
    public decimal? Value { get; init; }
    public string? Check { get; init; }
    public IReadOnlyList<RepealedLaw> Laws { get; init; } = [];
    public string? Term { get; init; }
    public IReadOnlyList<string> AllowedPrefixes { get; init; } = [];
    /// <summary>Which reading of the act fires a text detector (domain.md §7.10); the default is the act done.</summary>
    public ActCondition Reading { get; init; } = ActCondition.Default;

    /// <summary>The matter of the authority table whose act this detector names: it fires only when the acting body lacks the power.</summary>
    public AuthorityMatter? Authority { get; init; }

    public FindingSeverity? Severity { get; init; }
    public Curability? Curability { get; init; }
    public string? Note { get; init; }
}
