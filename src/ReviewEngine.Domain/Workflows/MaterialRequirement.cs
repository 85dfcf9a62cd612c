namespace ReviewEngine.Domain.Workflows;

/// <summary>
/// A material (送审材料) the submission should carry; required ones gate acceptance. <paramref name="ReviewedText"/>
/// marks the text under review (合同文本, 送审稿): the text a 签订 action compares the signed text with.
/// <paramref name="RequiredWhen"/> makes a material a hard stop for some cases only (公平竞争审查表 for 招商引资 and
/// 特许经营 agreements, or for documents that touch market participants), with the rule that requires it.
/// </summary>
public sealed record MaterialRequirement(string Id, string Label, bool Required, bool ReviewedText = false, MaterialCondition? RequiredWhen = null)
{
    /// <summary>Whether a case with this metadata must carry the material before it may pass the materials check.</summary>
    public bool RequiredFor(IReadOnlyDictionary<string, string> metadata) => Required || RequiredWhen?.Holds(metadata) == true;
}

/// <summary>
/// "Required when the case's <paramref name="Metadata"/> is one of <paramref name="Values"/>", and why:
/// <paramref name="Basis"/> is printed with the refusal (e.g. 《公平竞争审查条例》第十八条).
/// </summary>
public sealed record MaterialCondition(string Metadata, IReadOnlyList<string> Values, string Basis)
{
    /// <summary>The case metadata a condition may read: a closed list, checked when the workflow is loaded.</summary>
    public static readonly IReadOnlyList<string> Keys = ["subtype", "affectsMarket"];

    /// <summary>When the material is required, in the submitter's words.</summary>
    public string Describe() => Metadata switch
    {
        "affectsMarket" => "涉及市场主体经济活动的必备",
        _ => string.Join("、", Values) + "类必备",
    };

    public bool Holds(IReadOnlyDictionary<string, string> metadata) =>
        metadata.TryGetValue(Metadata, out var value) && Values.Contains(value.Trim(), StringComparer.Ordinal);
}
