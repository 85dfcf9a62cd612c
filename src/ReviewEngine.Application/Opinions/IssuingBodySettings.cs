namespace ReviewEngine.Application.Opinions;

/// <summary>One organisation's letter settings; every field may be left out.</summary>
public sealed class IssuingBodySettings
{
    /// <summary>The name on the seal line, e.g. 罗埠镇人民政府.</summary>
    public string? SealName { get; set; }

    /// <summary>What <c>{short}</c> stands for in the patterns; by default derived from the seal name (罗埠).</summary>
    public string? ShortName { get; set; }

    /// <summary>文号 pattern: <c>{short}</c>, <c>{year}</c>, <c>{seq}</c>.</summary>
    public string? NumberFormat { get; set; }

    /// <summary>Case number pattern printed in the letter: <c>{short}</c>, <c>{year}</c> (year received), <c>{seq}</c>.</summary>
    public string? CaseNumberFormat { get; set; }
}
