namespace ReviewEngine.Domain.PreReview;

/// <summary>Whether a defect can be fixed by deleting or rewording a clause (domain.md §7.6).</summary>
public enum Curability
{
    Severable,
    NotCurable,
}
