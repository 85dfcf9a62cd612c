namespace ReviewEngine.Domain.PreReview.Reading;

/// <summary>
/// How one act in a sentence is meant (domain.md §7.10): done or negated, with which modal force, by whom,
/// and whether the sentence only refers to a statute, carves the act out (除…外), defines a term or names the act
/// only as the condition of another (乙方不申请复议的，…).
/// </summary>
public sealed record ClauseReading(
    Polarity Polarity,
    Modality Modality,
    Actor Actor,
    bool RefersToStatute,
    bool Excepted,
    bool Definition,
    bool InCondition = false)
{
    /// <summary>True when the text neither does nor requires the act, only names it: it refers, excepts or defines.</summary>
    public bool OnlyNamesTheAct => RefersToStatute || Excepted || Definition || InCondition;
}
