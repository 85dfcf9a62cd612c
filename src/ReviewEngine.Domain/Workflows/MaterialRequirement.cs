namespace ReviewEngine.Domain.Workflows;

/// <summary>
/// A material (送审材料) the submission should carry; required ones gate acceptance. <paramref name="ReviewedText"/>
/// marks the text under review (合同文本, 送审稿): the text a 签订 action compares the signed text with.
/// </summary>
public sealed record MaterialRequirement(string Id, string Label, bool Required, bool ReviewedText = false);
