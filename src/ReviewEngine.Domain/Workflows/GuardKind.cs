namespace ReviewEngine.Domain.Workflows;

/// <summary>The built-in guards a workflow file may name (camelCase in files). No expressions: new checks are new kinds.</summary>
public enum GuardKind
{
    RequiresComment,
    RequiresDocument,
    RequiresConclusion,
    RequiresAssignees,
    MaterialsComplete,
    ConclusionIn,
    FlagSet,
    FlagNotSet,
    VisitedInRound,
    MaxTimes,
    AmountAtLeast,
    AmountBelow,
    AdoptionComplete,
}
