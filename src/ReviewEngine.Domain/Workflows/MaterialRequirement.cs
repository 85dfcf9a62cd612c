namespace ReviewEngine.Domain.Workflows;

/// <summary>
/// A material (送审材料) the submission should carry; required ones gate acceptance. <paramref name="ReviewedText"/>
/// marks the text under review (合同文本, 送审稿): the text a 签订 action compares the signed text with.
/// <paramref name="RequiredWhen"/> makes a material a hard stop for some cases only (公平竞争审查表 for 招商引资 and
/// 特许经营 agreements, or for documents that touch market participants), with the rule that requires it.
/// </summary>
public sealed record MaterialRequirement(string Id, string Label, bool Required, bool ReviewedText = false, CaseCondition? RequiredWhen = null)
{
    /// <summary>Whether a case with this metadata must carry the material before it may pass the materials check.</summary>
    public bool RequiredFor(IReadOnlyDictionary<string, string> metadata) => Required || RequiredWhen?.Holds(metadata) == true;
}
