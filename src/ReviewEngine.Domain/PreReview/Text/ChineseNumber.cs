namespace ReviewEngine.Domain.PreReview.Text;

/// <summary>Parses the small numbers that appear in clauses: 30, ３０, 三十, 九十, 一百二十, 二〇二六 (digit by digit), 五万, 六万二千.</summary>
public static class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";
    private const string CapitalDigits = "零壹贰叁肆伍陆柒捌玖";

    public static bool TryParse(string? text, out int value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > 9)
        {
            return false;
        }
        var normalized = Normalize(text.Trim());
        if (int.TryParse(normalized, out value))
        {
            return true;
        }
        // 五万, 六万二千, 12万: the part before 万 counts ten-thousands, the rest is added (a zero may lead it: 五万零五百).
        var wan = normalized.IndexOfAny(['万', '萬']);
        if (wan > 0)
        {
            var rest = normalized[(wan + 1)..].TrimStart('零');
            if (TryParse(normalized[..wan], out var high) && high < 100_000 && (rest.Length == 0 || TryParse(rest, out var low) && low < 10_000))
            {
                value = (high * 10_000) + (rest.Length == 0 ? 0 : LowPart(rest));
                return true;
            }
            value = 0;
            return false;
        }
        return normalized.Any(c => c is '十' or '百' or '千' or '拾' or '佰' or '仟')
            ? TryParseWithUnits(normalized, out value)
            : TryParseDigitByDigit(normalized, out value);
    }

    private static int LowPart(string text) => TryParse(text, out var low) ? low : 0;

    private static string Normalize(string text) =>
        new(text.Select(c => c switch
        {
            >= '０' and <= '９' => (char)('0' + (c - '０')),
            '〇' or '○' => '零',
            '两' => '二',
            _ => c,
        }).ToArray());

    private static int DigitOf(char c)
    {
        var index = Digits.IndexOf(c);
        return index >= 0 ? index : CapitalDigits.IndexOf(c);
    }

    private static bool TryParseDigitByDigit(string text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            var digit = DigitOf(c);
            if (digit < 0)
            {
                return false;
            }
            value = (value * 10) + digit;
        }
        return text.Length > 0;
    }

    private static bool TryParseWithUnits(string text, out int value)
    {
        value = 0;
        var pending = -1;
        foreach (var c in text)
        {
            var digit = DigitOf(c);
            if (digit >= 0)
            {
                pending = digit;
                continue;
            }
            var unit = c switch { '十' or '拾' => 10, '百' or '佰' => 100, '千' or '仟' => 1000, _ => 0 };
            if (unit == 0)
            {
                return false;
            }
            value += (pending < 0 ? 1 : pending) * unit;
            pending = -1;
        }
        value += Math.Max(pending, 0);
        return true;
    }
}
