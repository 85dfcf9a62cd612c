namespace ReviewEngine.Domain.Templates;

/// <summary>Maps the type names written in fields.json to <see cref="FieldType"/>. The two identifier types are
/// written in Chinese because that is how officials and issue 5's validation messages name them.</summary>
public static class FieldTypeNames
{
    private static readonly Dictionary<string, FieldType> ByName = new(StringComparer.Ordinal)
    {
        ["text"] = FieldType.Text,
        ["party"] = FieldType.Party,
        ["money"] = FieldType.Money,
        ["date"] = FieldType.Date,
        ["area"] = FieldType.Area,
        ["integer"] = FieldType.Integer,
        ["percent"] = FieldType.Percent,
        ["enum"] = FieldType.Enum,
        ["统一社会信用代码"] = FieldType.UnifiedSocialCreditCode,
        ["身份证号"] = FieldType.IdCardNumber,
    };

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static bool TryParse(string? name, out FieldType type) =>
        ByName.TryGetValue(name ?? "", out type);

    public static string ToName(this FieldType type) => ByName.First(p => p.Value == type).Key;
}
