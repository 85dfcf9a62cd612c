namespace ReviewEngine.Domain.Contracts;

/// <summary>Check characters of the two identifiers contracts carry: 统一社会信用代码 (GB 32100-2015, mod 31 over a
/// 31-character alphabet without I, O, S, V, Z) and 居民身份证号码 (GB 11643-1999, ISO 7064 MOD 11-2).</summary>
public static class IdentifierChecks
{
    private const string CreditCodeChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Null when valid, else the reason in Chinese.</summary>
    public static string? CreditCodeProblem(string code)
    {
        if (code.Length != 18)
        {
            return $"应为18位，实为{code.Length}位";
        }

        var bad = code.FirstOrDefault(c => !CreditCodeChars.Contains(c));
        if (bad != default)
        {
            return $"含有不允许的字符「{bad}」（只能是数字和除 I、O、S、V、Z 外的大写字母）";
        }

        var sum = Enumerable.Range(0, 17).Sum(i => CreditCodeChars.IndexOf(code[i]) * CreditCodeWeights[i]);
        var expected = CreditCodeChars[(31 - (sum % 31)) % 31];
        return expected == code[17] ? null : $"校验码错误（第18位应为{expected}）";
    }

    /// <summary>Null when valid, else the reason in Chinese. Only the 18-digit form is accepted.</summary>
    public static string? IdNumberProblem(string id)
    {
        if (id.Length != 18)
        {
            return $"应为18位，实为{id.Length}位";
        }

        if (!id[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(id[17]) || id[17] == 'X'))
        {
            return "前17位须为数字，第18位为数字或大写 X";
        }

        if (!DateOnly.TryParseExact(id.Substring(6, 8), "yyyyMMdd", out _))
        {
            return "出生日期（第7至14位）无效";
        }

        var sum = Enumerable.Range(0, 17).Sum(i => (id[i] - '0') * IdWeights[i]);
        var expected = "10X98765432"[sum % 11];
        return expected == id[17] ? null : $"校验码错误（第18位应为{expected}）";
    }
}
