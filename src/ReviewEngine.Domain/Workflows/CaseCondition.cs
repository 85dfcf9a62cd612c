namespace ReviewEngine.Domain.Workflows;

/// <summary>
/// "When the case's <paramref name="Metadata"/> (set at submission) is one of <paramref name="Values"/>", and why:
/// <paramref name="Basis"/> is printed with the refusal. Used by a material that is required only for some cases
/// (公平竞争审查表, 《公平竞争审查条例》第十八条) and by a conclusion open only to some (存在法律风险 for 探索性改革).
/// </summary>
public sealed record CaseCondition(string Metadata, IReadOnlyList<string> Values, string Basis)
{
    /// <summary>The case metadata a condition may read: a closed list, checked when the workflow is loaded.</summary>
    public static readonly IReadOnlyList<string> Keys = ["subtype", "affectsMarket", "exploratoryReform"];

    /// <summary>The cases the condition picks out, in the submitter's words ("招商引资、特许经营类事项").</summary>
    public string Describe() => Metadata switch
    {
        "affectsMarket" => "涉及市场主体经济活动的事项",
        "exploratoryReform" => "国家尚无明确规定的探索性改革事项",
        _ => string.Join("、", Values) + "类事项",
    };

    public bool Holds(IReadOnlyDictionary<string, string> metadata) =>
        metadata.TryGetValue(Metadata, out var value) && Values.Contains(value.Trim(), StringComparer.Ordinal);
}
