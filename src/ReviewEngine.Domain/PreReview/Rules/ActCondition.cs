using ReviewEngine.Domain.PreReview.Reading;

namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>
/// The conditions a text detector puts on the reading of the act it matched (the named group <c>act</c>, else the
/// match start): polarity (default: the act is done, not forbidden, refused or excluded), who does it, with which
/// modal force, and whether a sentence that only refers to a statute or the competent body counts. A carve-out
/// (除…外) or a definition never fires a rule.
/// </summary>
public sealed record ActCondition
{
    public static readonly ActCondition Default = new();

    /// <summary>Null: either polarity fires.</summary>
    public Polarity? Polarity { get; init; } = Reading.Polarity.Affirmed;

    public IReadOnlySet<Actor>? Actors { get; init; }
    public IReadOnlySet<Modality>? Modalities { get; init; }
    public bool FlagStatuteReference { get; init; }

    /// <summary>True where a carve-out itself does the act (禁止通行，经审批同意的除外: the exception creates an approval).</summary>
    public bool FlagCarveOut { get; init; }

    /// <summary>
    /// True where naming the act as the condition of another is itself what the rule is about (经专班审核通过的，方可
    /// 进场经营: whether or not the sentence's main act is done, the text makes the task force the approving body).
    /// </summary>
    public bool FlagCondition { get; init; }

    public bool Accepts(ClauseReading reading) =>
        (FlagCarveOut || !reading.Excepted)
        && !reading.Definition
        && (FlagCondition || !reading.InCondition)
        && (FlagStatuteReference || !reading.RefersToStatute)
        && (Polarity is null || reading.Polarity == Polarity)
        && (Actors is null || Actors.Contains(reading.Actor))
        && (Modalities is null || Modalities.Contains(reading.Modality));
}
