namespace ReviewEngine.Domain.Contracts;

/// <summary>How a clause of a submitted contract compares with its template clause.</summary>
public enum ClauseDifferenceKind
{
    /// <summary>Same text as the template, apart from the filled-in fields.</summary>
    Unchanged,
    Modified,

    /// <summary>A template clause not found in the submitted contract (omitted if optional, removed if locked).</summary>
    Missing,

    /// <summary>A clause of the submitted contract that the template does not have.</summary>
    Added,
}
