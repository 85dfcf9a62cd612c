using ReviewEngine.Domain.PreReview.Reading;

namespace ReviewEngine.Domain.PreReview.Rules;

/// <summary>Validates a detector's reading conditions (polarity, actor, modality, statuteReference, carveOut, inCondition) with their JSON paths.</summary>
internal static class ActConditionReader
{
    public static ActCondition Read(RuleSourceConverter rules, DetectorSource source, string path)
    {
        if (source.Polarity is null && source.Actor is null && source.Modality is null && source.StatuteReference is null && source.CarveOut is null && source.InCondition is null)
        {
            return ActCondition.Default;
        }
        return new ActCondition
        {
            Polarity = source.Polarity switch
            {
                null or "affirmed" => Polarity.Affirmed,
                "negated" => Polarity.Negated,
                "any" => null,
                var other => throw rules.Error($"{path}.polarity", $"unknown polarity '{other}' (affirmed, negated, any)"),
            },
            Actors = source.Actor is null ? null : source.Actor.Select((a, i) => a switch
            {
                "agency" => Actor.Agency,
                "counterparty" => Actor.Counterparty,
                "both" => Actor.Both,
                "other" => Actor.Other,
                "unknown" => Actor.Unknown,
                _ => throw rules.Error($"{path}.actor[{i}]", $"unknown actor '{a}' (agency, counterparty, both, other, unknown)"),
            }).ToHashSet(),
            Modalities = source.Modality is null ? null : source.Modality.Select((m, i) => m switch
            {
                "statement" => Modality.Statement,
                "obligation" => Modality.Obligation,
                "permission" => Modality.Permission,
                "prohibition" => Modality.Prohibition,
                _ => throw rules.Error($"{path}.modality[{i}]", $"unknown modality '{m}' (statement, obligation, permission, prohibition)"),
            }).ToHashSet(),
            FlagStatuteReference = SkipOrFlag(rules, source.StatuteReference, $"{path}.statuteReference"),
            FlagCarveOut = SkipOrFlag(rules, source.CarveOut, $"{path}.carveOut"),
            FlagCondition = SkipOrFlag(rules, source.InCondition, $"{path}.inCondition"),
        };
    }

    // statuteReference, carveOut and inCondition: whether an act read in that position is skipped (default) or counts.
    private static bool SkipOrFlag(RuleSourceConverter rules, string? value, string path) => value switch
    {
        null or "skip" => false,
        "flag" => true,
        var other => throw rules.Error(path, $"unknown value '{other}' (skip, flag)"),
    };
}
