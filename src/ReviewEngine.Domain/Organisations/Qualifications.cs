namespace ReviewEngine.Domain.Organisations;

/// <summary>
/// What a person is qualified for, as recorded on the account: a closed vocabulary that workflow tasks may require
/// (<c>requireQualification</c>). 行政处罚法第五十八条第二款: a person who first takes up 法制审核 of penalty decisions must
/// have passed the national legal profession examination; someone already doing that work before the revised law took
/// effect (2021-07-15) is not "first taking it up".
/// </summary>
public static class Qualifications
{
    /// <summary>法律职业资格（国家统一法律职业资格考试）.</summary>
    public const string LegalProfession = "legalProfession";

    /// <summary>2021年7月15日前已从事行政处罚决定法制审核（非初次从事）.</summary>
    public const string LegalReviewBefore2021 = "legalReviewBefore2021";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [LegalProfession] = "法律职业资格",
        [LegalReviewBefore2021] = "2021年7月15日前已从事法制审核",
    };

    public static IReadOnlyCollection<string> All { get; } = Labels.Keys.ToArray();

    public static bool IsKnown(string id) => Labels.ContainsKey(id);

    public static string Label(string id) => Labels.GetValueOrDefault(id, id);
}
