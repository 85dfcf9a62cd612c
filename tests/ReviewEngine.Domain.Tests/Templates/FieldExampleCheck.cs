using System.Globalization;
using ReviewEngine.Domain.Templates;

namespace ReviewEngine.Domain.Tests.Templates;

/// <summary>Checks a field's example value against its type and constraints, including the GB 32100 check
/// character of 统一社会信用代码 and the GB 11643 check digit of 身份证号 (issue 5 will validate user input the
/// same way; the examples feed `review contracts fields --example`).</summary>
internal static class FieldExampleCheck
{
    private const string CreditCodeChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static bool IsValid(TemplateField f, ContractTemplate t) => f.Example is { } v && f.Type switch
    {
        FieldType.Money or FieldType.Area or FieldType.Percent or FieldType.Integer => IsNumberInRange(f, v),
        FieldType.Date => DateOnly.TryParseExact(v, "yyyy-MM-dd", out var d) && IsAfter(f, d, t),
        FieldType.Enum => f.Values!.Contains(v),
        FieldType.UnifiedSocialCreditCode => IsCreditCode(v),
        FieldType.IdCardNumber => IsIdNumber(v),
        _ => v.Length > 0 && v.Length <= (f.MaxLength ?? int.MaxValue),
    };

    private static bool IsNumberInRange(TemplateField f, string v)
    {
        if (!decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }

        var decimals = v.Contains('.') ? v.Length - v.IndexOf('.') - 1 : 0;
        var maxDecimals = f.Type == FieldType.Integer ? 0 : f.Decimals ?? (f.Type == FieldType.Money ? 2 : 4);
        return n >= (f.Min ?? decimal.MinValue) && n <= (f.Max ?? decimal.MaxValue) && decimals <= maxDecimals;
    }

    private static bool IsAfter(TemplateField f, DateOnly d, ContractTemplate t) =>
        f.After is null || d > DateOnly.ParseExact(t.FindField(f.After)!.Example!, "yyyy-MM-dd");

    private static bool IsCreditCode(string v)
    {
        if (v.Length != 18 || v.Any(c => !CreditCodeChars.Contains(c)))
        {
            return false;
        }

        var sum = Enumerable.Range(0, 17).Sum(i => CreditCodeChars.IndexOf(v[i]) * CreditCodeWeights[i]);
        return CreditCodeChars[(31 - (sum % 31)) % 31] == v[17];
    }

    private static bool IsIdNumber(string v)
    {
        if (v.Length != 18 || !v[..17].All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = Enumerable.Range(0, 17).Sum(i => (v[i] - '0') * IdWeights[i]);
        return "10X98765432"[sum % 11] == v[17];
    }
}
