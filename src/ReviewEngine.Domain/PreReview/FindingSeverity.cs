namespace ReviewEngine.Domain.PreReview;

/// <summary>Ordered so that comparisons read naturally: Advice &lt; Minor &lt; Major &lt; Blocking (domain.md §7.6).</summary>
public enum FindingSeverity
{
    Advice,
    Minor,
    Major,
    Blocking,
}
