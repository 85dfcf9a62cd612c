namespace ReviewEngine.Domain.Reviews;

/// <summary>审查结论 values (domain.md §7.4, §7.5): documents and decisions use the first three, contracts the signing forms,
/// 重大行政执法决定 the 法制审核 opinion forms 同意 / 建议修改 / 不同意.</summary>
public static class Conclusions
{
    public const string Lawful = "合法";
    public const string LawfulAfterRevision = "修改后合法";
    public const string Unlawful = "不合法";
    public const string AgreeToSign = "同意签订";
    public const string SignAfterRevision = "修改后签订";
    public const string RefuseToSign = "不同意签订";
    public const string LegalRisk = "存在法律风险";
    public const string Agree = "同意";
    public const string SuggestRevision = "建议修改";
    public const string Disagree = "不同意";

    public static IReadOnlyCollection<string> All { get; } =
        [Lawful, LawfulAfterRevision, Unlawful, AgreeToSign, SignAfterRevision, RefuseToSign, LegalRisk, Agree, SuggestRevision, Disagree];

    /// <summary>The negative conclusions: nothing may be signed, adopted or decided on them.</summary>
    public static bool IsRefusal(string? conclusion) => conclusion is Unlawful or RefuseToSign or Disagree;
}
